import PrometheusModel

/// Every step of relabelling one label set, for `sdgen targets --explain`.
public struct RelabelTrace: Hashable, Sendable {
  /// The label set before the first rule.
  public let input: LabelSet
  /// One entry per rule applied, in order; the last one dropped the target when the outcome is a drop.
  public let steps: [RelabelStep]
  /// The final result.
  public let outcome: RelabelOutcome
}

/// The label set after one rule, for `sdgen targets --explain`.
public struct RelabelStep: Hashable, Sendable {
  /// 0-based index of the rule.
  public let ruleIndex: Int
  /// The rule's action.
  public let action: RelabelAction
  /// The labels after the rule; nil when the rule dropped the target.
  public let labels: LabelSet?
  /// True when the rule changed the labels or dropped the target.
  public let changed: Bool
}
