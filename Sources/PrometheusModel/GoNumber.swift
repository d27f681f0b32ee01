/// Number parsing with Go's `strconv` rules, which yaml.v2 relies on.
enum GoNumber {
  /// Parses a Go base-0 integer literal (`0x`, `0o`, `0b`, leading-`0` octal, decimal, optional sign)
  /// into its sign and magnitude; nil when malformed or above `UInt64.max`.
  static func integer(_ text: Substring) -> (negative: Bool, magnitude: UInt64)? {
    var text = text
    return text.withUTF8(integer)
  }

  /// `integer(_:)` over the literal's UTF-8 bytes.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> (negative: Bool, magnitude: UInt64)? {
    var start = 0
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      start = 1
    }
    var radix: UInt64 = 10
    if bytes.count - start > 1, bytes[start] == UInt8(ascii: "0") {
      switch bytes[start + 1] {
      case UInt8(ascii: "x"), UInt8(ascii: "X"): (radix, start) = (16, start + 2)
      case UInt8(ascii: "o"), UInt8(ascii: "O"): (radix, start) = (8, start + 2)
      case UInt8(ascii: "b"), UInt8(ascii: "B"): (radix, start) = (2, start + 2)
      default: (radix, start) = (8, start + 1)
      }
    }
    guard start < bytes.count else { return nil }
    var magnitude: UInt64 = 0
    for byte in bytes[start...] {
      guard let digit = hexDigit(byte), digit < radix else { return nil }
      let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: radix)
      let (sum, overflowB) = shifted.addingReportingOverflow(digit)
      if overflowA || overflowB { return nil }
      magnitude = sum
    }
    return (negative, magnitude)
  }

  /// The value of a hexadecimal digit: ASCII only, as Go's `strconv` reads digits.
  private static func hexDigit(_ byte: UInt8) -> UInt64? {
    switch byte {
    case 0x30...0x39: UInt64(byte - 0x30)
    case 0x41...0x46: UInt64(byte - 0x41 + 10)
    case 0x61...0x66: UInt64(byte - 0x61 + 10)
    default: nil
    }
  }

  /// True when `text` matches yaml.v2's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
  static func isYAMLStyleFloat(_ text: Substring) -> Bool {
    var bytes = text.utf8[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let integerDigits = bytes.prefix(while: isDigit).count
    bytes = bytes.dropFirst(integerDigits)
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      let fraction = bytes.prefix(while: isDigit).count
      if integerDigits == 0 && fraction == 0 { return false }
      bytes = bytes.dropFirst(fraction)
    } else if integerDigits == 0 {
      return false
    }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
      let exponent = bytes.prefix(while: isDigit).count
      if exponent == 0 { return false }
      bytes = bytes.dropFirst(exponent)
    }
    return bytes.isEmpty
  }

  /// A finite float parsed from decimal text, as `strconv.ParseFloat` accepts it; nil on overflow.
  static func float(_ text: Substring) -> Double? {
    guard let value = Double(String(text)), value.isFinite else { return nil }
    return value
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

extension Character {
  /// True for `0`…`9` only (not other Unicode digits).
  package var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
