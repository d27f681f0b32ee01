import GCEKnowledge
import PrometheusModel
import SDJSON

/// One configuration's simulation while the listed instances stream past: a `JobRun` per GCE job, then the
/// result assembled in the order Prometheus's jobs come in.
struct SimulationRun {
  /// The top-level instance fields discovery reads; a filter may read more.
  static let discoveryFields: Set<String> = [
    "name", "id", "status", "zone", "selfLink", "machineType", "networkInterfaces", "tags", "metadata", "labels",
  ]

  private var jobs: [JobRun] = []
  private var leadingWarnings = TargetWarnings()
  private var reasons = DropReasonTable()

  /// Prepares every job of `simulator`'s configuration, or only the job named `job`; throws for an unknown job
  /// or one the simulation cannot run.
  init(_ simulator: TargetSimulator, job: String?, recording: TargetSimulator.Recording) throws(TargetSimulationError) {
    let config = simulator.config
    var selected = config.scrapeConfigs
    if let job {
      selected = selected.filter { $0.jobName == job }
      if selected.isEmpty { throw .unknownJob(job, known: config.scrapeConfigs.map(\.jobName)) }
    }
    for scrapeConfig in selected {
      guard !scrapeConfig.gceSDConfigs.isEmpty else {
        if job != nil {
          leadingWarnings.add(
            "job '\(scrapeConfig.jobName)' has no gce_sd_configs, and sdgen simulates only GCE discovery")
        }
        continue
      }
      jobs.append(
        try JobRun(scrapeConfig, index: Int32(jobs.count), version: simulator.version, recording: recording))
    }
  }

  /// The top-level instance fields the jobs read.
  var fields: Set<String> { Self.discoveryFields.union(jobs.flatMap(\.filterFields)) }

  /// Runs one instance, named `name` and located at `location`, through every job.
  mutating func visit(_ instance: JSONValue, name: String, location: InstanceLocation) {
    for index in jobs.indices { jobs[index].visit(instance, name: name, location: location, reasons: &reasons) }
  }

  /// The result, once every instance (`instanceCount` of them) has been visited.
  mutating func finish(instanceCount: Int) -> TargetSimulation {
    var result = TargetSimulation()
    var warnings = leadingWarnings
    for index in jobs.indices {
      jobs[index].finish(instanceCount: instanceCount)
      result.jobs.append(jobs[index].scrapeConfig.jobName)
      result.targets += jobs[index].targets
      result.dropRecords += jobs[index].drops
      result.traces += jobs[index].traces
      warnings.add(contentsOf: jobs[index].warnings)
      jobs[index].release()
    }
    result.dropReasons = reasons.reasons
    warnings.addDuplicates(result.targets)
    result.warnings = warnings.messages
    return result
  }
}
