/// Writes a simulation as text: a table of targets, a table of dropped instances, and on request
/// the relabelling of one instance step by step.
public enum TargetTextReport {
  /// The targets table (job, instance, address, labels) and the dropped table (job, instance, rule,
  /// reason), each with a heading line; a table without rows says so.
  public static func format(_ simulation: TargetSimulation) -> String {
    var text = "Targets (\(simulation.targets.count)):\n"
    if simulation.targets.isEmpty {
      text += "  none\n"
    } else {
      text += table(
        header: ["JOB", "INSTANCE", "ADDRESS", "LABELS"],
        rows: simulation.targets.map { [$0.job, $0.instanceName, $0.address, labelList($0.labels)] })
    }
    text += "\nDropped (\(simulation.dropped.count)):\n"
    if simulation.dropped.isEmpty {
      text += "  none\n"
    } else {
      text += table(
        header: ["JOB", "INSTANCE", "RULE", "REASON"],
        rows: simulation.dropped.map {
          [
            $0.job, $0.instanceName, $0.reason.ruleIndex.map(String.init) ?? "-",
            $0.reason.description,
          ]
        })
    }
    return text
  }

  /// For each job that discovered `instance`: the label set before relabelling, after every rule, and
  /// the result; for each job that did not: why. Nil when no job knows the instance.
  public static func explain(_ instance: String, in simulation: TargetSimulation) -> String? {
    let traces = simulation.traces.filter { $0.instanceName == instance }.map(explanation)
    let undiscovered = simulation.dropped.filter { $0.instanceName == instance && $0.discoveredLabels == nil }.map {
      "Job \($0.job), instance \($0.instanceName)\n  not discovered: \($0.reason)\n"
    }
    let sections = traces + undiscovered
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
    String(labels.description.dropFirst().dropLast())
  }

  /// Left-aligned columns separated by two spaces; the last column is not padded.
  private static func table(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    var widths = Array(repeating: 0, count: header.count)
    for row in all {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    var text = ""
    for row in all {
      var line = ""
      for (column, cell) in row.enumerated() {
        line += column == row.count - 1 ? cell : cell.padding(to: widths[column] + 2)
      }
      text += line + "\n"
    }
    return text
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}
