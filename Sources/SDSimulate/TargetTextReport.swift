/// Writes a simulation as text: a table of targets, a table of dropped instances, and on request
/// the relabelling of one instance step by step.
public enum TargetTextReport {
  /// The targets table (job, instance, address, labels) and the dropped table (job, instance, rule,
  /// reason), each with a heading line; a table without rows says so.
  public static func format(_ simulation: TargetSimulation) -> String {
    var text = ""
    write(simulation, to: &text)
    return text
  }

  /// Writes what `format` returns to `output` a row at a time, so a fleet's report is never held whole.
  public static func write(_ simulation: TargetSimulation, to output: inout some TextOutputStream) {
    let targets = simulation.targets
    output.write("Targets (\(targets.count)):\n")
    if targets.isEmpty {
      output.write("  none\n")
    } else {
      let table = TextTable(header: ["JOB", "INSTANCE", "ADDRESS", "LABELS"], rowCount: targets.count) {
        [targets[$0].job, targets[$0].instanceName, targets[$0].address]
      }
      table.write(to: &output) { labelList(targets[$0].labels) }
    }
    let drops = simulation.dropRecords
    output.write("\nDropped (\(drops.count)):\n")
    if drops.isEmpty {
      output.write("  none\n")
    } else {
      let rules = simulation.dropReasons.map { $0.ruleIndex.map(String.init) ?? "-" }
      let reasons = simulation.dropReasons.map(\.description)
      let table = TextTable(header: ["JOB", "INSTANCE", "RULE", "REASON"], rowCount: drops.count) {
        [simulation.jobs[Int(drops[$0].job)], drops[$0].instanceName, rules[Int(drops[$0].reason)]]
      }
      table.write(to: &output) { reasons[Int(drops[$0].reason)] }
    }
  }

  /// For each job (or only `job`) that discovered `instance`: the label set before relabelling, after every
  /// rule, and the result; for each job that did not: why. Nil when no job knows the instance.
  public static func explain(_ instance: String, in simulation: TargetSimulation, job: String? = nil) -> String? {
    let traces = simulation.traces.filter { $0.instanceName == instance && (job == nil || $0.job == job) }
    let undiscovered = simulation.dropped.filter {
      $0.instanceName == instance && !$0.reason.isAfterDiscovery && (job == nil || $0.job == job)
    }
    let sections =
      traces.map(explanation)
      + undiscovered.map { "Job \($0.job), instance \($0.instanceName)\n  not discovered: \($0.reason)\n" }
    return sections.isEmpty ? nil : sections.joined(separator: "\n")
  }

  private static func explanation(_ trace: TargetSimulation.Trace) -> String {
    var text = "Job \(trace.job), instance \(trace.instanceName)\n  discovered:\n"
    for label in trace.relabelling.input { text += "    \(label.name)=\(label.value.goQuoted)\n" }
    var previous = trace.relabelling.input
    for step in trace.relabelling.steps {
      text += "  rule \(step.ruleIndex) (\(step.action.rawValue)): "
      guard let labels = step.labels else {
        text += "dropped the target\n"
        break
      }
      let changes = changes(from: previous, to: labels)
      text += changes.isEmpty ? "unchanged\n" : changes.joined(separator: ", ") + "\n"
      text += "    after: \(compact(labels))\n"
      previous = labels
    }
    switch trace.outcome {
    case .kept(let address, let labels):
      text += "  result: scraped at \(address) with \(labels)\n"
    case .dropped(let reason):
      text += "  result: dropped, \(reason)\n"
    }
    return text
  }

  /// `+name="v"`, `-name`, `~name="old"->"new"` for each label that differs, in name order.
  private static func changes(from old: LabelSet, to new: LabelSet) -> [String] {
    let names = Set(old.map(\.name)).union(new.map(\.name)).sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
    return names.compactMap { name in
      switch (old[name], new[name]) {
      case (nil, let added?): "+\(name)=\(added.goQuoted)"
      case (_?, nil): "-\(name)"
      case (let before?, let after?) where before != after:
        "~\(name)=\(before.goQuoted)->\(after.goQuoted)"
      default: nil
      }
    }
  }

  /// The set without its `__meta_*` labels, which relabelling reads but rarely changes, and their count.
  private static func compact(_ labels: LabelSet) -> String {
    let meta = labels.filter { $0.name.hasPrefix("__meta_") }.count
    let shown = LabelSet(labels.filter { !$0.name.hasPrefix("__meta_") }.map { ($0.name, $0.value) })
    return meta == 0 ? shown.description : "\(shown) and \(meta) __meta_* labels"
  }

  /// `name="value", …` without braces, for the table.
  private static func labelList(_ labels: LabelSet) -> String {
    labels.map { "\($0.name)=\($0.value.goQuoted)" }.joined(separator: ", ")
  }
}
