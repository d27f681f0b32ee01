/// The eleven relabel actions Prometheus knows (2.42 and 3.x alike).
public enum RelabelAction: String, CaseIterable, Sendable {
  case replace, keep, drop, keepequal, dropequal, hashmod, labelmap, labeldrop, labelkeep, lowercase, uppercase
}

extension RelabelAction {
  /// True for the actions that write `target_label` and so require it.
  package var requiresTargetLabel: Bool {
    switch self {
    case .replace, .hashmod, .lowercase, .uppercase, .keepequal, .dropequal: true
    default: false
    }
  }

  /// True for lowercase, uppercase, keepequal and dropequal, which take no `replacement`.
  package var comparesOrChangesCase: Bool {
    switch self {
    case .lowercase, .uppercase, .keepequal, .dropequal: true
    default: false
    }
  }
}
