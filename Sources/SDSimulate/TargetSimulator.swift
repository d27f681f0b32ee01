import SDJSON
import GCEKnowledge
import GCEFilter
import PrometheusModel

/// Simulates GCE service discovery and target relabelling offline: which targets each job of a
/// configuration scrapes from a list of instances, which instances it drops and why.
public struct TargetSimulator: Sendable {
  /// The decoded configuration.
  package let config: PrometheusConfig
  /// The Prometheus version whose semantics apply.
  package let version: PrometheusVersion

  /// Creates a simulator for `config` under `version`.
  public init(config: PrometheusConfig, version: PrometheusVersion = .newest) {
    self.config = config
    self.version = version
  }

  /// Simulates every job, or only the job named `job`, over `instances` (objects as the Compute API
  /// lists them).
  public func simulate(_ instances: some Collection<JSONValue>, job: String? = nil) throws(TargetSimulationError)
    -> TargetSimulation
  {
    var jobs = config.scrapeConfigs
    if let job {
      jobs = jobs.filter { $0.jobName == job }
      if jobs.isEmpty { throw .unknownJob(job, known: config.scrapeConfigs.map(\.jobName)) }
    }
    let gceJobs = jobs.filter { !$0.gceSDConfigs.isEmpty }.count
    // A listing read lazily (`InstanceList`) decodes an instance each time it is visited: with several
    // GCE jobs, decode it once for all of them rather than once per job.
    if gceJobs > 1, let lazy = instances as? InstanceList {
      return try simulate(Array(lazy), jobs: jobs, singleJob: job != nil)
    }
    return try simulate(instances, jobs: jobs, singleJob: job != nil)
  }

  private func simulate(_ instances: some Collection<JSONValue>, jobs: [ScrapeConfig], singleJob: Bool)
    throws(TargetSimulationError) -> TargetSimulation
  {
    var result = TargetSimulation()
    var warnings = TargetWarnings()
    for scrapeConfig in jobs {
      guard !scrapeConfig.gceSDConfigs.isEmpty else {
        if singleJob {
          warnings.add(
            "job '\(scrapeConfig.jobName)' has no gce_sd_configs, and sdgen simulates only GCE discovery")
        }
        continue
      }
      result.jobs.append(scrapeConfig.jobName)
      try simulate(scrapeConfig, instances: instances, into: &result, warnings: &warnings)
    }
    warnings.addDuplicates(result.targets)
    result.warnings = warnings.messages
    return result
  }

  private func simulate(
    _ scrapeConfig: ScrapeConfig, instances: some Collection<JSONValue>, into result: inout TargetSimulation,
    warnings: inout TargetWarnings
  ) throws(TargetSimulationError) {
    let jobName = scrapeConfig.jobName
    let populator: TargetPopulator
    do {
      populator = try TargetPopulator(job: scrapeConfig, version: version)
    } catch {
      throw .invalidRelabelRule(job: jobName, rule: error)
    }
    let entries = try scrapeConfig.gceSDConfigs.enumerated().map { (index, entry) throws(TargetSimulationError) in
      try SelectingEntry(entry, index: index, job: jobName)
    }
    var ruleUsage = RelabelRuleUsage(ruleCount: scrapeConfig.relabelConfigs.count)
    let targetsBefore = result.targets.count
    for instance in instances {
      let name = instance["name"]?.stringValue ?? ""
      switch select(instance, entries: entries) {
      case .excluded(let reason):
        result.dropped.append(DroppedTarget(job: jobName, instanceName: name, reason: reason))
      case .discovered(let discoveredTargets):
        for discovered in discoveredTargets {
          for note in discovered.notes { warnings.add("job '\(jobName)', instance \(name): \(note)") }
          let trace = populate(discovered, with: populator, into: &result)
          ruleUsage.record(trace.relabelling)
        }
      }
    }
    if result.targets.count == targetsBefore { warnings.addEmptyJob(jobName, instanceCount: instances.count) }
    warnings.addUnusedRules(ruleUsage, job: scrapeConfig)
  }

  /// Relabels one discovered target and records the target or the drop; returns its trace.
  private func populate(
    _ discovered: DiscoveredTarget, with populator: TargetPopulator, into result: inout TargetSimulation
  ) -> TargetSimulation.Trace {
    let job = populator.job.jobName
    let name = discovered.instanceName
    let before = populator.labelsBeforeRelabelling(LabelSet(discovered.labels.map { ($0.key, $0.value) }))
    let relabelling = populator.relabeler.trace(before)
    let outcome = populator.outcome(of: relabelling.outcome)
    let trace = TargetSimulation.Trace(job: job, instanceName: name, relabelling: relabelling, outcome: outcome)
    result.traces.append(trace)
    switch outcome {
    case .kept(let address, let labels):
      result.targets.append(
        SimulatedTarget(job: job, instanceName: name, address: address, labels: labels, discoveredLabels: before))
    case .dropped(let reason):
      result.dropped.append(DroppedTarget(job: job, instanceName: name, reason: reason, discoveredLabels: before))
    }
    return trace
  }

  /// What the job's entries make of one instance.
  private enum Selection {
    /// One discovered target per entry that lists and accepts the instance, as Prometheus yields them.
    case discovered([DiscoveredTarget])
    case excluded(TargetDropReason)
  }

  private func select(_ instance: JSONValue, entries: [SelectingEntry]) -> Selection {
    let located = entries.filter { $0.discovery.selects(instance) }
    guard !located.isEmpty else {
      let location = InstanceLocation(instance)
      return .excluded(.otherLocation(zone: location.zone, project: location.project))
    }
    let accepting = located.filter { $0.accepts(instance) }
    guard !accepting.isEmpty else { return .excluded(.filtered(filter: located[0].filterText)) }
    let targets = accepting.compactMap { $0.discovery.target(for: instance) }
    return targets.isEmpty ? .excluded(.noNetworkInterface) : .discovered(targets)
  }

  /// One `gce_sd_configs` entry ready to select instances.
  private struct SelectingEntry {
    let discovery: GCEDiscovery
    let filterText: String
    let filter: FilterExpr?

    init(_ entry: GCESDConfig, index: Int, job: String) throws(TargetSimulationError) {
      discovery = GCEDiscovery(
        project: entry.project, zone: entry.zone, port: Int(entry.port), tagSeparator: entry.tagSeparator)
      filterText = entry.filter
      if entry.filter.isEmpty {
        filter = nil
      } else {
        do {
          filter = try APIFilter.parse(entry.filter)
        } catch {
          throw .unparsableFilter(job: job, entry: index, filter: entry.filter, error: error)
        }
      }
    }

    func accepts(_ instance: JSONValue) -> Bool {
      filter.map { FilterEvaluator.matches($0, instance) } ?? true
    }
  }
}
