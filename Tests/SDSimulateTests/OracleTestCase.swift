import SDJSON
import SDTestSupport

@testable import SDSimulate

/// One case of a generated `sdgen test` file, written as one line of YAML, that can also be checked
/// against the targets a Prometheus server reports.
struct OracleTestCase {
  /// The job.
  let job: String
  /// The instance, nil for a target count.
  var instance: String?
  /// Where the instance is scraped (with `labels`).
  var address: String?
  /// The instance's exact labels when scraped.
  var labels: [String: String]?
  /// True when the instance is not a target.
  var dropped = false
  /// The relabel rule that drops the instance, when one does.
  var droppedByRule: Int?
  /// How many targets the job has.
  var targets: Int?

  /// One case per target and per dropped instance of `job` in `simulation`, then the job's count.
  static func cases(of simulation: TargetSimulation, job: String) -> [OracleTestCase] {
    var cases = simulation.targets.filter { $0.job == job }.map { target in
      OracleTestCase(
        job: job, instance: target.instanceName, address: target.address, labels: target.labels.dictionary)
    }
    cases += simulation.dropped.filter { $0.job == job }.map { dropped in
      OracleTestCase(job: job, instance: dropped.instanceName, dropped: true, droppedByRule: dropped.reason.ruleIndex)
    }
    cases.append(OracleTestCase(job: job, targets: simulation.targets.filter { $0.job == job }.count))
    return cases
  }

  /// A test file of `cases` for `prometheus.yml` and the listing `instances`; the first case is on line 4.
  static func file(_ cases: [OracleTestCase], instances: String) -> String {
    "config: prometheus.yml\ninstances_file: \(quoted(instances))\ntests:\n"
      + cases.map { "  - \($0.yaml)\n" }.joined()
  }

  /// The case as a YAML flow mapping.
  var yaml: String {
    var members = [("job", Self.quoted(job))]
    if let instance { members.append(("instance", Self.quoted(instance))) }
    if let address { members.append(("scraped_at", Self.quoted(address))) }
    if let labels {
      let pairs = labels.sorted { $0.key < $1.key }.map { "\(Self.quoted($0.key)): \(Self.quoted($0.value))" }
      members.append(("labels", "{" + pairs.joined(separator: ", ") + "}"))
    }
    if dropped { members.append(("dropped", droppedByRule.map { "rule \($0)" } ?? "true")) }
    if let targets { members.append(("targets", "\(targets)")) }
    return "{" + members.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// The case with label `name` expected to be `value`.
  func withLabel(_ name: String, _ value: String) -> OracleTestCase {
    var copy = self
    copy.labels?[name] = value
    return copy
  }

  /// The case expecting `count` targets.
  func withTargets(_ count: Int) -> OracleTestCase {
    var copy = self
    copy.targets = count
    return copy
  }

  /// Why the server's `served` targets contradict the case, or nil when they agree. Instance names
  /// are unique across the generated jobs, so a dropped target (which 2.42 lists without its pool) is
  /// found by its `__meta_gce_instance_name`; a drop without a rule is a target left without an address.
  func disagreement(with served: ServedTargets) -> String? {
    let active = served.active.filter { $0.pool == job }
    if let targets {
      return active.count == targets ? nil : "job \(job) has \(active.count) active targets"
    }
    let target = active.first { $0.instanceName == instance }
    if dropped {
      if let target { return "it scrapes \(instance ?? "") at \(target.address)" }
      // A relabel rule's drop is listed as dropped; a target left without an address is listed nowhere.
      if served.droppedInstances.contains(instance ?? "") != (droppedByRule != nil) {
        return droppedByRule == nil
          ? "it lists \(instance ?? "") among the dropped targets" : "it does not list \(instance ?? "") as dropped"
      }
      return nil
    }
    guard let target else { return "it has no active target for \(instance ?? "") in job \(job)" }
    if target.address != address { return "it scrapes \(instance ?? "") at \(target.address)" }
    if target.labels != labels { return "the labels are \(target.labels.sorted { $0.key < $1.key })" }
    return nil
  }

  private static func quoted(_ text: String) -> String {
    var writer = JSONWriter()
    writer.value(text)
    return writer.output
  }
}
