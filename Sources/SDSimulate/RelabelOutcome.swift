import PrometheusModel

/// What a list of relabel rules did to one label set.
package enum RelabelOutcome: Hashable, Sendable {
  /// The target survives with these labels.
  case kept(LabelSet)
  /// A rule dropped the target.
  case dropped(RelabelDrop)

  /// The surviving labels, nil when dropped.
  package var labels: LabelSet? {
    if case .kept(let labels) = self { return labels }
    return nil
  }
}

/// Which rule dropped a target and what it saw.
public struct RelabelDrop: Hashable, Sendable {
  /// 0-based index of the rule in its list.
  public let ruleIndex: Int
  /// The rule's action (keep, drop, keepequal or dropequal).
  public let action: RelabelAction
  /// The source label values joined with the separator, as the rule compared them.
  public let value: String

  /// Creates a drop record.
  package init(ruleIndex: Int, action: RelabelAction, value: String) {
    self.ruleIndex = ruleIndex
    self.action = action
    self.value = value
  }
}
