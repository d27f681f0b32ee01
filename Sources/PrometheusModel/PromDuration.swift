/// A Prometheus duration (`model.Duration`): whole milliseconds, written like `1h30m`, `90s` or `0`.
package struct PromDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The length in milliseconds.
  package var milliseconds: Int64

  /// Creates a duration of `milliseconds`.
  package init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  /// A duration of whole seconds.
  package static func seconds(_ seconds: Int64) -> PromDuration { PromDuration(milliseconds: seconds * 1000) }

  /// A duration of whole minutes.
  package static func minutes(_ minutes: Int64) -> PromDuration { PromDuration(milliseconds: minutes * 60_000) }

  /// No time at all; Prometheus reads it as "inherit" for scrape intervals and timeouts.
  package static let zero = PromDuration(milliseconds: 0)

  /// A duration Prometheus refuses, with the message the given version prints.
  package struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Prometheus's own message, e.g. `not a valid duration string: "30"`.
    package let description: String
  }

  /// The units in the order they must appear, with their length in milliseconds.
  private static let units: [(name: Substring, milliseconds: Int64)] = [
    ("y", 365 * 86_400_000), ("w", 7 * 86_400_000), ("d", 86_400_000), ("h", 3_600_000),
    ("m", 60_000), ("s", 1000), ("ms", 1),
  ]

  /// The first version whose prometheus/common (v0.42) reports unknown units by name.
  static let unitMessagesSince = PrometheusVersion(2, 43)

  /// Parses Prometheus duration syntax; the error message is the one `version` prints.
  package static func parse(_ text: String, version: PrometheusVersion = .newest) throws(ParseError) -> PromDuration {
    switch text {
    case "0": return .zero
    case "": throw ParseError(description: "empty duration string")
    default: break
    }
    let invalid = ParseError(description: "not a valid duration string: \"\(text)\"")
    var rest = Substring(text)
    var lastUnit = -1
    var nanoseconds: UInt64 = 0
    while !rest.isEmpty {
      let digits = rest.prefix(while: \.isASCIIDigit)
      guard !digits.isEmpty, let count = UInt64(digits) else { throw invalid }
      rest = rest.dropFirst(digits.count)
      let unitText = rest.prefix { !$0.isASCIIDigit }
      guard !unitText.isEmpty else { throw invalid }
      rest = rest.dropFirst(unitText.count)
      guard let unit = units.firstIndex(where: { $0.name == unitText }) else {
        if version >= unitMessagesSince {
          throw ParseError(description: "unknown unit \"\(unitText)\" in duration \"\(text)\"")
        }
        throw invalid
      }
      guard unit > lastUnit else { throw invalid }
      lastUnit = unit
      let perUnit = UInt64(units[unit].milliseconds) * 1_000_000
      let (part, overflow) = count.multipliedReportingOverflow(by: perUnit)
      nanoseconds += overflow ? UInt64.max / 2 : part
      if overflow || nanoseconds > UInt64(Int64.max) {
        throw ParseError(description: "duration out of range")
      }
    }
    return PromDuration(milliseconds: Int64(nanoseconds / 1_000_000))
  }

  /// Prometheus's rendering: `1m30s`, `2w`, `0s`; years and weeks only when they divide exactly.
  package var description: String {
    var rest = milliseconds
    if rest == 0 { return "0s" }
    var text = ""
    for (index, unit) in Self.units.enumerated() {
      if index < 2 && rest % unit.milliseconds != 0 { continue }
      let count = rest / unit.milliseconds
      if count > 0 {
        text += "\(count)\(unit.name)"
        rest -= count * unit.milliseconds
      }
    }
    return text
  }

  /// True when `lhs` comes before `rhs`.
  package static func < (lhs: PromDuration, rhs: PromDuration) -> Bool { lhs.milliseconds < rhs.milliseconds }
}
