/// A byte count written the way Prometheus's `body_size_limit` takes it (alecthomas/units
/// `Base2Bytes`): `100B`, `1.5GB`, `10MiB`, `0`; every `K`/`M`/`G` unit is a power of 1024.
package struct ByteSize: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The number of bytes (may be negative: Prometheus accepts `-1KB`).
  package var bytes: Int64

  /// Creates a size of `bytes`.
  package init(bytes: Int64) {
    self.bytes = bytes
  }

  /// A size Prometheus refuses, with its message.
  package struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The units library's message, e.g. `units: unknown unit mb in 10mb`.
    package let description: String
  }

  private static let prefixes: [Substring] = ["", "K", "M", "G", "T", "P", "E"]

  /// The multiplier of a unit in `Base2Bytes` (`B`, `KB`, `KiB`, … `EB`, `EiB`); nil when unknown.
  private static func multiplier(_ unit: Substring) -> Double? {
    if unit == "B" { return 1 }
    guard let prefix = unit.first, unit.count >= 2 else { return nil }
    let suffix = unit.dropFirst()
    guard suffix == "B" || suffix == "iB", let power = prefixes.firstIndex(of: Substring(String(prefix))),
      power > 0
    else { return nil }
    var value = 1.0
    for _ in 0..<power { value *= 1024 }
    return value
  }

  /// Parses a size; throws with the units library's message.
  package static func parse(_ text: String) throws(ParseError) -> ByteSize {
    var rest = Substring(text)
    var negative = false
    if let sign = rest.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      rest = rest.dropFirst()
    }
    if rest == "0" { return ByteSize(bytes: 0) }
    let invalid = ParseError(description: "units: invalid \(text)")
    guard !rest.isEmpty else { throw invalid }
    var total = 0.0
    while !rest.isEmpty {
      let whole = rest.prefix(while: \.isASCIIDigit)
      rest = rest.dropFirst(whole.count)
      var amount = whole.isEmpty ? 0 : (Double(whole) ?? .infinity)
      var fraction: Substring = ""
      if rest.first == "." {
        rest = rest.dropFirst()
        fraction = rest.prefix(while: \.isASCIIDigit)
        rest = rest.dropFirst(fraction.count)
        if !fraction.isEmpty { amount += Double("0.\(fraction)") ?? 0 }
      }
      guard !whole.isEmpty || !fraction.isEmpty else { throw invalid }
      guard whole.count <= 19 else { throw invalid }
      let unit = rest.prefix { !$0.isASCIIDigit && $0 != "." }
      rest = rest.dropFirst(unit.count)
      guard let multiplier = multiplier(unit) else {
        throw ParseError(description: "units: unknown unit \(unit) in \(text)")
      }
      total += amount * multiplier
    }
    if negative { total = -total }
    guard total >= -9.223372036854775808e18, total < 9.223372036854775808e18 else {
      throw ParseError(description: "units: overflow parsing unit")
    }
    return ByteSize(bytes: Int64(total))
  }

  /// The units library's rendering, largest unit first: `1KiB512B`, `10MiB`, `0B`.
  package var description: String {
    if bytes == 0 { return "0B" }
    var rest = bytes.magnitude
    var parts: [String] = []
    for (index, prefix) in Self.prefixes.enumerated() {
      if rest % 1024 != 0 {
        parts.append("\(rest % 1024)\(prefix)\(index == 0 ? "B" : "iB")")
      }
      rest /= 1024
      if rest == 0 { break }
    }
    return (bytes < 0 ? "-" : "") + parts.reversed().joined()
  }

  /// True when `lhs` comes before `rhs`.
  package static func < (lhs: ByteSize, rhs: ByteSize) -> Bool { lhs.bytes < rhs.bytes }
}
