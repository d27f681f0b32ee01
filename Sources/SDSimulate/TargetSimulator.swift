import GCEKnowledge
import PrometheusModel
import SDJSON

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
  /// lists them), keeping what `recording` asks for.
  public func simulate(
    _ instances: some Collection<JSONValue>, job: String? = nil, recording: Recording = .everything
  ) throws(TargetSimulationError) -> TargetSimulation {
    try Self.simulate([(self, recording)], over: instances, job: job)[0]
  }

  /// Simulates several configurations over the same instances, each instance read once for all of them
  /// (as `targets --diff` compares two): one result per simulator, in order. Errors come in the same order.
  package static func simulate(
    _ simulators: [(simulator: TargetSimulator, recording: Recording)], over instances: some Collection<JSONValue>,
    job: String? = nil
  ) throws(TargetSimulationError) -> [TargetSimulation] {
    var runs: [SimulationRun] = []
    for (simulator, recording) in simulators {
      runs.append(try SimulationRun(simulator, job: job, recording: recording))
    }
    func visit(_ instance: JSONValue) {
      let name = instance["name"]?.stringValue ?? ""
      let location = InstanceLocation(instance)
      for index in runs.indices { runs[index].visit(instance, name: name, location: location) }
    }
    if let list = instances as? InstanceList {
      // Decode each instance once, and only the members discovery and the filters read.
      let fields = runs.reduce(into: Set<String>()) { $0.formUnion($1.fields) }
      for index in list.indices { visit(list.instance(at: index, keeping: fields.contains)) }
    } else {
      for instance in instances { visit(instance) }
    }
    var results: [TargetSimulation] = []
    for index in runs.indices { results.append(runs[index].finish(instanceCount: instances.count)) }
    return results
  }
}
