/// Go's `strconv.Unquote` for double-quoted strings and `regexp.QuoteMeta`, as Go's regexp tests use
/// them to read their data files. Works on bytes: a Go string need not be valid UTF-8.
enum GoQuoted {
  /// The bytes of the Go string literal `literal` (with its quotes), or nil when Go would refuse it.
  static func unquote(_ literal: ArraySlice<UInt8>) -> [UInt8]? {
    guard literal.count >= 2, literal.first == UInt8(ascii: "\""), literal.last == UInt8(ascii: "\"") else {
      return nil
    }
    let body = Array(literal.dropFirst().dropLast())
    var result: [UInt8] = []
    var index = 0
    while index < body.count {
      let byte = body[index]
      index += 1
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") { return nil }
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        continue
      }
      guard index < body.count else { return nil }
      let letter = body[index]
      index += 1
      switch letter {
      case UInt8(ascii: "a"): result.append(0x07)
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "v"): result.append(0x0B)
      case UInt8(ascii: "\\"), UInt8(ascii: "\""): result.append(letter)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        guard let value = number(body, at: index - 1, digits: 3, radix: 8), value <= 0xFF else { return nil }
        result.append(UInt8(value))
        index += 2
      case UInt8(ascii: "x"):
        guard let value = number(body, at: index, digits: 2, radix: 16) else { return nil }
        result.append(UInt8(value))
        index += 2
      case UInt8(ascii: "u"), UInt8(ascii: "U"):
        let digits = letter == UInt8(ascii: "u") ? 4 : 8
        guard let value = number(body, at: index, digits: digits, radix: 16), let scalar = Unicode.Scalar(value)
        else { return nil }
        result += Array(String(Character(scalar)).utf8)
        index += digits
      default:
        return nil
      }
    }
    return result
  }

  /// `regexp.QuoteMeta`: `text` with every regexp metacharacter escaped.
  static func quoteMeta(_ text: [UInt8]) -> [UInt8] {
    let special = Set(#"\.+*?()|[]{}^$"#.utf8)
    var result: [UInt8] = []
    for byte in text {
      if special.contains(byte) { result.append(UInt8(ascii: "\\")) }
      result.append(byte)
    }
    return result
  }

  private static func number(_ bytes: [UInt8], at start: Int, digits: Int, radix: UInt32) -> UInt32? {
    guard start + digits <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[start..<(start + digits)] {
      guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue, UInt32(digit) < radix else { return nil }
      value = value * radix + UInt32(digit)
    }
    return value
  }
}
