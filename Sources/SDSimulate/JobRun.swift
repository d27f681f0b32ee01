import GCEKnowledge
import PrometheusModel
import SDJSON

/// One job of a simulation, fed the listed instances one at a time: selection by its `gce_sd_configs`
/// entries, discovery, relabelling, and the targets, drops and traces its recording keeps.
struct JobRun {
  /// The job.
  let scrapeConfig: ScrapeConfig
  /// The job's index among the simulated jobs.
  let index: Int32
  private let populator: TargetPopulator
  private let entries: [SelectingEntry]
  private let recording: TargetSimulator.Recording
  private var ruleUsage: RelabelRuleUsage
  /// The job's warnings, in the order found.
  private(set) var warnings = TargetWarnings()
  /// The targets, in listing order.
  private(set) var targets: [SimulatedTarget] = []
  /// The drops kept, in listing order.
  private(set) var drops: [TargetSimulation.DropRecord] = []
  /// The traces kept, in listing order.
  private(set) var traces: [TargetSimulation.Trace] = []

  /// Compiles the job's relabel rules and filters; throws for one the simulation cannot run.
  init(_ scrapeConfig: ScrapeConfig, index: Int32, version: PrometheusVersion, recording: TargetSimulator.Recording)
    throws(TargetSimulationError)
  {
    let jobName = scrapeConfig.jobName
    do {
      populator = try TargetPopulator(job: scrapeConfig, version: version)
    } catch {
      throw .invalidRelabelRule(job: jobName, rule: error)
    }
    entries = try scrapeConfig.gceSDConfigs.enumerated().map { (index, entry) throws(TargetSimulationError) in
      try SelectingEntry(entry, index: index, job: jobName)
    }
    self.scrapeConfig = scrapeConfig
    self.index = index
    self.recording = recording
    ruleUsage = RelabelRuleUsage(ruleCount: scrapeConfig.relabelConfigs.count)
  }

  /// The top-level instance fields the job's filters read.
  var filterFields: [String] { entries.flatMap(\.filterFields) }

  /// Runs one listed instance, named `name` and located at `location`, through the job.
  mutating func visit(_ instance: JSONValue, name: String, location: InstanceLocation, reasons: inout DropReasonTable) {
    let located = entries.filter { $0.discovery.selects(location) }
    guard !located.isEmpty else {
      drop(name, .otherLocation(zone: location.zone, project: location.project), reasons: &reasons)
      return
    }
    let accepting = located.filter { $0.accepts(instance) }
    guard !accepting.isEmpty else {
      drop(name, .filtered(filter: located[0].filterText), reasons: &reasons)
      return
    }
    let discovered = accepting.compactMap { $0.discovery.target(for: instance, at: location) }
    guard !discovered.isEmpty else {
      drop(name, .noNetworkInterface, reasons: &reasons)
      return
    }
    for target in discovered {
      for note in target.notes { warnings.add("job '\(scrapeConfig.jobName)', instance \(name): \(note)") }
      populate(target, reasons: &reasons)
    }
  }

  /// Adds the warnings that need every instance: no target at all, a rule that never changes anything.
  mutating func finish(instanceCount: Int) {
    if targets.isEmpty { warnings.addEmptyJob(scrapeConfig.jobName, instanceCount: instanceCount) }
    warnings.addUnusedRules(ruleUsage, job: scrapeConfig)
  }

  /// Lets go of the targets, drops and traces once they have been copied into the result.
  mutating func release() {
    targets = []
    drops = []
    traces = []
  }

  /// Relabels one discovered target and keeps the target, or the drop and the trace as recorded.
  private mutating func populate(_ discovered: DiscoveredTarget, reasons: inout DropReasonTable) {
    let job = scrapeConfig.jobName
    let name = discovered.instanceName
    let before = populator.labelsBeforeRelabelling(LabelSet(discovered.labels.map { ($0.key, $0.value) }))
    let outcome: TargetPopulator.Outcome
    if recording.keepsTrace(of: name) {
      let relabelling = populator.relabeler.trace(before)
      ruleUsage.record(relabelling)
      outcome = populator.outcome(of: relabelling.outcome)
      traces.append(TargetSimulation.Trace(job: job, instanceName: name, relabelling: relabelling, outcome: outcome))
    } else {
      outcome = populator.outcome(of: ruleUsage.relabel(before, with: populator.relabeler))
    }
    switch outcome {
    case .kept(let address, let labels):
      targets.append(SimulatedTarget(job: job, instanceName: name, address: address, labels: labels))
    case .dropped(let reason):
      drop(name, reason, reasons: &reasons)
    }
  }

  private mutating func drop(
    _ name: String, _ reason: @autoclosure () -> TargetDropReason, reasons: inout DropReasonTable
  ) {
    guard recording.keepsDrop(of: name) else { return }
    drops.append(TargetSimulation.DropRecord(job: index, instanceName: name, reason: reasons.index(of: reason())))
  }
}
