/// Which relabel rules of a job changed something for at least one target.
struct RelabelRuleUsage {
  /// True at the index of each rule that changed labels or dropped a target.
  private(set) var changed: [Bool]
  /// How many label sets were relabelled.
  private(set) var traceCount = 0

  init(ruleCount: Int) {
    changed = Array(repeating: false, count: ruleCount)
  }

  /// Notes the rules that changed something in `trace`.
  mutating func record(_ trace: RelabelTrace) {
    traceCount += 1
    for step in trace.steps where step.changed && step.ruleIndex < changed.count {
      changed[step.ruleIndex] = true
    }
  }

  /// Relabels `labels` with `relabeler` without keeping a trace, noting the rules that change something.
  mutating func relabel(_ labels: LabelSet, with relabeler: Relabeler) -> RelabelOutcome {
    traceCount += 1
    return relabeler.apply(to: labels, marking: &changed)
  }
}
