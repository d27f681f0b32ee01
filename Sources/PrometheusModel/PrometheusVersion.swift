/// A Prometheus release, major and minor, for version-dependent parsing and validation.
public struct PrometheusVersion: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The major version (2 or 3).
  package let major: Int
  /// The minor version.
  package let minor: Int

  /// Creates a version.
  public init(_ major: Int, _ minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `X.Y` or `X.Y.Z` (a leading `v` is allowed); nil when malformed.
  public init?(parsing text: String) {
    var body = Substring(text)
    if body.hasPrefix("v") { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), let major = Int(parts[0]), let minor = Int(parts[1]),
      parts.count == 2 || Int(parts[2]) != nil
    else { return nil }
    self.init(major, minor)
  }

  /// Debian's promtool, the oracle this project tests against.
  package static let v2_42 = PrometheusVersion(2, 42)
  /// 3.0: UTF-8 label names and `(?s)` regex anchoring.
  package static let v3_0 = PrometheusVersion(3, 0)
  /// The newest release the schema knows.
  public static let newest = PrometheusVersion(3, 14)
  /// The oldest release the schema knows: keys without a `since` version exist in it.
  public static let oldest = v2_42
  /// The last 2.x release; 3.0 followed it.
  static let last2 = PrometheusVersion(2, 55)

  /// Whether sdgen has a schema for this release: 2.42 to 2.55, or 3.0 to the newest.
  package var hasSchema: Bool {
    (Self.oldest...Self.last2).contains(self) || (Self.v3_0...Self.newest).contains(self)
  }

  /// Every release sdgen has a schema for, oldest first.
  package static var withSchema: [PrometheusVersion] {
    (oldest.minor...last2.minor).map { PrometheusVersion(2, $0) } + (0...newest.minor).map { PrometheusVersion(3, $0) }
  }

  /// The releases sdgen has a schema for, as users read them: `2.42–2.55, 3.0–3.14`.
  package static var supportedRange: String { "\(oldest)–\(last2), \(v3_0)–\(newest)" }

  /// True when `lhs` comes before `rhs`.
  public static func < (lhs: PrometheusVersion, rhs: PrometheusVersion) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }

  /// The text printed for it.
  public var description: String { "\(major).\(minor)" }
}
