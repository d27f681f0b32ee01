import PrometheusModel

/// Every step of relabelling one label set, for `sdgen targets --explain`.
package struct RelabelTrace: Hashable, Sendable {
  /// The label set before the first rule.
  package let input: LabelSet
  /// One entry per rule applied, in order; the last one dropped the target when the outcome is a drop.
  package let steps: [RelabelStep]
  /// The final result.
  package let outcome: RelabelOutcome
}

/// The label set after one rule, for `sdgen targets --explain`.
package struct RelabelStep: Hashable, Sendable {
  /// 0-based index of the rule.
  package let ruleIndex: Int
  /// The rule's action.
  package let action: RelabelAction
  /// The labels after the rule; nil when the rule dropped the target.
  package let labels: LabelSet?
  /// True when the rule changed the labels or dropped the target.
  package let changed: Bool
}
