/// How serious a diagnostic is; ordered `info < warning < error`.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
  case info
  case warning
  case error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// True when `lhs` comes before `rhs`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
