/// The eleven relabel actions Prometheus knows (2.42 and 3.x alike).
public enum RelabelAction: String, CaseIterable, Sendable {
  case replace, keep, drop, keepequal, dropequal, hashmod, labelmap, labeldrop, labelkeep, lowercase, uppercase
}
