import PrometheusModel

/// Collects the warnings of a simulation: jobs without targets, relabel rules that change nothing,
/// targets with identical labels.
struct TargetWarnings {
  /// The warnings in the order found.
  private(set) var messages: [String] = []

  /// Adds a warning as is.
  mutating func add(_ message: String) {
    messages.append(message)
  }

  /// Adds the warnings of `other` after these.
  mutating func add(contentsOf other: TargetWarnings) {
    messages += other.messages
  }

  /// Warns that a job yields no targets.
  mutating func addEmptyJob(_ job: String, instanceCount: Int) {
    let given = instanceCount == 1 ? "the 1 instance given" : "the \(instanceCount) instances given"
    messages.append(
      "job '\(job)' yields no targets from \(given); check its zones, filter and keep/drop rules in the list of "
        + "dropped instances")
  }

  /// Warns about each rule of `job` that changed nothing for any relabelled label set.
  mutating func addUnusedRules(_ usage: RelabelRuleUsage, job: ScrapeConfig) {
    guard usage.traceCount > 0 else { return }
    let targets =
      usage.traceCount == 1 ? "the 1 discovered target" : "any of the \(usage.traceCount) discovered targets"
    for (index, changed) in usage.changed.enumerated() where !changed {
      let action = job.relabelConfigs[index].knownAction?.rawValue ?? job.relabelConfigs[index].action
      messages.append(
        "job '\(job.jobName)': relabel rule \(index) (\(action)) changes nothing for \(targets); check its "
          + "source labels and regex, or remove it")
    }
  }

  /// Warns about targets whose final label sets are identical, which Prometheus cannot tell apart.
  mutating func addDuplicates(_ targets: [SimulatedTarget]) {
    var firstByLabels: [LabelSet: SimulatedTarget] = [:]
    for target in targets {
      guard let first = firstByLabels[target.labels] else {
        firstByLabels[target.labels] = target
        continue
      }
      messages.append(
        "targets '\(first.instanceName)' (job '\(first.job)') and '\(target.instanceName)' (job '\(target.job)') "
          + "have identical labels \(target.labels); their series would collide, so add a label that tells them "
          + "apart")
    }
  }
}
