/// Number parsing with Go's `strconv` rules, which yaml.v2 relies on.
enum GoNumber {
  /// Parses a Go base-0 integer literal (`0x`, `0o`, `0b`, leading-`0` octal, decimal, optional sign)
  /// into its sign and magnitude; nil when malformed or above `UInt64.max`.
  static func integer(_ text: Substring) -> (negative: Bool, magnitude: UInt64)? {
    var body = text.unicodeScalars[...]
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    var radix: UInt64 = 10
    if body.count > 1, body.first == "0" {
      let marker = body.dropFirst().first
      switch marker {
      case "x", "X":
        radix = 16
        body = body.dropFirst(2)
      case "o", "O":
        radix = 8
        body = body.dropFirst(2)
      case "b", "B":
        radix = 2
        body = body.dropFirst(2)
      default:
        radix = 8
        body = body.dropFirst()
      }
    }
    guard !body.isEmpty else { return nil }
    var magnitude: UInt64 = 0
    for scalar in body {
      guard let digit = hexDigitValue(scalar), digit < radix else { return nil }
      let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: radix)
      let (sum, overflowB) = shifted.addingReportingOverflow(digit)
      if overflowA || overflowB { return nil }
      magnitude = sum
    }
    return (negative, magnitude)
  }

  /// The value of a hexadecimal digit as `Character.hexDigitValue` reads it (ASCII and fullwidth forms).
  private static func hexDigitValue(_ scalar: Unicode.Scalar) -> UInt64? {
    let value = UInt64(scalar.value)
    switch value {
    case 0x30...0x39: return value - 0x30
    case 0x41...0x46: return value - 0x41 + 10
    case 0x61...0x66: return value - 0x61 + 10
    case 0xFF10...0xFF19: return value - 0xFF10
    case 0xFF21...0xFF26: return value - 0xFF21 + 10
    case 0xFF41...0xFF46: return value - 0xFF41 + 10
    default: return nil
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
  var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
