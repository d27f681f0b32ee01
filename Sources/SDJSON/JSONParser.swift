/// A strict JSON reader (RFC 8259) that reports the line and column of the first syntax error,
/// which Foundation's decoder does not.
package struct JSONParser {
  /// How deeply arrays and objects may nest before the input is refused.
  static let maximumDepth = 256

  private let bytes: [UInt8]
  /// Where the JSON text starts: after a UTF-8 byte order mark, if any.
  private let textStart: Int
  private var index: Int
  private var depth = 0
  /// True when the text was read without error before (see `init(_:from:checked:)`).
  private var isChecked = false

  package init(_ bytes: [UInt8]) {
    self.bytes = bytes
    textStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    index = textStart
  }

  /// Parses one JSON value filling the whole input.
  mutating func parseDocument() throws(JSONValue.ParseError) -> JSONValue {
    skipWhitespace()
    let value = try parseValue()
    skipWhitespace()
    if index < bytes.count { throw syntaxError("unexpected text after the JSON value") }
    return value
  }

  /// Starts reading at byte `start` of `bytes`, e.g. at an element whose range `visitArrayElements` gave;
  /// errors still give lines and columns in the whole of `bytes`. With `checked`, the text from there on has
  /// been read without error before, so members that are not kept are skipped by their quotes and brackets
  /// alone.
  package init(_ bytes: [UInt8], from start: Int, checked: Bool = false) {
    self.init(bytes)
    index = max(start, textStart)
    isChecked = checked
  }

  /// Reads a document that is one JSON array element by element: each element is parsed, handed to `visit`
  /// with its byte range, and let go, so memory stays at one element. Of an element that is an object, only
  /// the members `keeping` accepts are built; the others are checked and skipped. Stops early when `visit`
  /// returns false; nil when the document is not an array (nothing is visited then).
  package mutating func visitArrayElements(
    keeping: ((String) -> Bool)? = nil, _ visit: (JSONValue, Range<Int>) -> Bool
  ) throws(JSONValue.ParseError) -> Bool? {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
    try enterContainer()
    skipWhitespace()
    if !consume(UInt8(ascii: "]")) {
      while true {
        skipWhitespace()
        let start = index
        let element = try parseValue(keeping: keeping)
        guard visit(element, start..<index) else { return false }
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { break }
        guard consume(UInt8(ascii: ",")) else {
          throw syntaxError("expected ',' or ']' after an array element")
        }
      }
    }
    depth -= 1
    skipWhitespace()
    if index < bytes.count { throw syntaxError("unexpected text after the JSON value") }
    return true
  }

  /// Parses the value at the current byte; of an object, only the members `keeping` accepts are built (nil:
  /// all of them), the others are checked as strictly and skipped.
  package mutating func parseValue(keeping: ((String) -> Bool)?) throws(JSONValue.ParseError) -> JSONValue {
    guard let keeping, index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return try parseValue() }
    return try parseObject(keeping: keeping)
  }

  private mutating func parseValue() throws(JSONValue.ParseError) -> JSONValue {
    guard index < bytes.count else {
      throw syntaxError("the JSON text ends where a value was expected")
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw syntaxError("expected a JSON value")
    }
  }

  private mutating func parseObject(keeping: ((String) -> Bool)? = nil) throws(JSONValue.ParseError) -> JSONValue {
    try enterContainer()
    var members: [String: JSONValue] = [:]
    skipWhitespace()
    if consume(UInt8(ascii: "}")) {
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw syntaxError("expected a double-quoted member name")
      }
      let key = try parseString()
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else {
        throw syntaxError("expected ':' after the member name")
      }
      skipWhitespace()
      if keeping?(key) == false {
        if isChecked { skipCheckedValue() } else { try skipValue() }
      } else {
        members[key] = try parseValue()
      }
      skipWhitespace()
      if consume(UInt8(ascii: "}")) { break }
      guard consume(UInt8(ascii: ",")) else {
        throw syntaxError("expected ',' or '}' after an object member")
      }
    }
    depth -= 1
    return .object(members)
  }

  private mutating func parseArray() throws(JSONValue.ParseError) -> JSONValue {
    try enterContainer()
    var elements: [JSONValue] = []
    skipWhitespace()
    if consume(UInt8(ascii: "]")) {
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      if consume(UInt8(ascii: "]")) { break }
      guard consume(UInt8(ascii: ",")) else {
        throw syntaxError("expected ',' or ']' after an array element")
      }
    }
    depth -= 1
    return .array(elements)
  }

  /// Checks the value at the current byte as `parseValue` would and moves past it without building it.
  private mutating func skipValue() throws(JSONValue.ParseError) {
    guard index < bytes.count else {
      throw syntaxError("the JSON text ends where a value was expected")
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): try skipContainer(closing: UInt8(ascii: "}"))
    case UInt8(ascii: "["): try skipContainer(closing: UInt8(ascii: "]"))
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
    default: _ = try parseValue()
    }
  }

  /// Moves past the value at the current byte of text checked before, by its quotes and brackets alone.
  private mutating func skipCheckedValue() {
    index = bytes.withUnsafeBufferPointer { buffer in
      var next = index
      var open = 0
      repeat {
        guard next < buffer.count else { return next }
        switch buffer[next] {
        case UInt8(ascii: "\""):
          next += 1
          while next < buffer.count, buffer[next] != UInt8(ascii: "\"") {
            next += buffer[next] == UInt8(ascii: "\\") ? 2 : 1
          }
          next += 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          open += 1
          next += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          open -= 1
          next += 1
        default:
          if open > 0 {
            next += 1
          } else {
            // A number or a literal: up to the byte that ends it.
            while next < buffer.count, !Self.endsScalar(buffer[next]) { next += 1 }
          }
        }
      } while open > 0
      return next
    }
  }

  /// True for the bytes that may follow a number or literal: `,`, `}`, `]` and whitespace.
  private static func endsScalar(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: true
    default: false
    }
  }

  /// Skips an object (`closing` is `}`) or an array (`]`), checking it as the parsers do.
  private mutating func skipContainer(closing: UInt8) throws(JSONValue.ParseError) {
    let isObject = closing == UInt8(ascii: "}")
    try enterContainer()
    skipWhitespace()
    if consume(closing) {
      depth -= 1
      return
    }
    while true {
      skipWhitespace()
      if isObject {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw syntaxError("expected a double-quoted member name")
        }
        try skipString()
        skipWhitespace()
        guard consume(UInt8(ascii: ":")) else {
          throw syntaxError("expected ':' after the member name")
        }
        skipWhitespace()
      }
      try skipValue()
      skipWhitespace()
      if consume(closing) { break }
      guard consume(UInt8(ascii: ",")) else {
        throw syntaxError(
          isObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after an array element")
      }
    }
    depth -= 1
  }

  /// Skips a string, checking it as `parseString` does; only a run of non-ASCII bytes is decoded.
  private mutating func skipString() throws(JSONValue.ParseError) {
    let start = index
    index += 1
    while true {
      let run = plainRun(from: index)
      index = run.end
      guard index < bytes.count else { throw syntaxError("the string is not closed with '\"'") }
      if bytes[index] < 0x20 { throw syntaxError("a control character must be escaped inside a string") }
      if !run.isASCII, String(validating: bytes[run.start..<run.end], as: UTF8.self) == nil {
        // `parseString` reports invalid UTF-8 where the string ends, or an error met before: read it that way.
        index = start
        _ = try parseString()
        return
      }
      if bytes[index] == UInt8(ascii: "\"") {
        index += 1
        return
      }
      var ignored: [UInt8] = []
      try parseEscape(into: &ignored)
    }
  }

  /// The bytes from `start` up to the first `"`, `\\` or control character (or the end), and whether they
  /// are all ASCII.
  private func plainRun(from start: Int) -> (start: Int, end: Int, isASCII: Bool) {
    bytes.withUnsafeBufferPointer { buffer in
      var end = start
      var high: UInt8 = 0
      while end < buffer.count {
        let byte = buffer[end]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        high |= byte
        end += 1
      }
      return (start, end, high < 0x80)
    }
  }

  private mutating func enterContainer() throws(JSONValue.ParseError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw syntaxError("the JSON nests deeper than \(Self.maximumDepth) levels")
    }
    index += 1
  }

  private mutating func parseString() throws(JSONValue.ParseError) -> String {
    // Most strings have no escape: make them from their bytes in one step (ASCII needs no validation).
    let run = plainRun(from: index + 1)
    if run.end < bytes.count, bytes[run.end] == UInt8(ascii: "\"") {
      let text = bytes.withUnsafeBufferPointer { buffer in
        let slice = UnsafeBufferPointer(rebasing: buffer[run.start..<run.end])
        return run.isASCII ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self)
      }
      if let text {
        index = run.end + 1
        return text
      }
    }
    index += 1
    var utf8: [UInt8] = []
    while true {
      let run = plainRun(from: index)
      utf8.append(contentsOf: bytes[run.start..<run.end])
      index = run.end
      guard index < bytes.count else { throw syntaxError("the string is not closed with '\"'") }
      switch bytes[index] {
      case UInt8(ascii: "\""):
        index += 1
        guard let text = String(validating: utf8, as: UTF8.self) else {
          throw syntaxError("the string before this point is not valid UTF-8")
        }
        return text
      case UInt8(ascii: "\\"):
        try parseEscape(into: &utf8)
      default:
        throw syntaxError("a control character must be escaped inside a string")
      }
    }
  }

  private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONValue.ParseError) {
    index += 1
    guard index < bytes.count else { throw syntaxError("the string is not closed with '\"'") }
    if let replacement = Self.simpleEscape(bytes[index]) {
      utf8.append(replacement)
      index += 1
      return
    }
    guard bytes[index] == UInt8(ascii: "u") else {
      throw syntaxError("unknown escape sequence in a string")
    }
    index += 1
    var scalar = try parseHex4()
    if (0xD800...0xDBFF).contains(scalar), bytes[index...].starts(with: Array("\\u".utf8)) {
      index += 2
      let low = try parseHex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw syntaxError("a high surrogate must be followed by a low one")
      }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    let decoded = Unicode.Scalar(scalar) ?? "\u{FFFD}"
    utf8.append(contentsOf: String(decoded).utf8)
  }

  /// The byte a one-letter escape (`\n`, `\"`, …) stands for; nil for `u` and unknown letters.
  private static func simpleEscape(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }

  private mutating func parseHex4() throws(JSONValue.ParseError) -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw syntaxError("expected four hexadecimal digits after \\u") }
    index += 4
    return value
  }

  private mutating func parseNumber() throws(JSONValue.ParseError) -> JSONValue {
    let start = index
    try scanNumber()
    return .number(Double(String(decoding: bytes[start..<index], as: UTF8.self)) ?? .nan)
  }

  /// Moves past a number, checking its syntax.
  private mutating func scanNumber() throws(JSONValue.ParseError) {
    _ = consume(UInt8(ascii: "-"))
    guard index < bytes.count, Self.isDigit(bytes[index]) else {
      throw syntaxError("expected a digit")
    }
    if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
    if consume(UInt8(ascii: ".")) {
      guard index < bytes.count, Self.isDigit(bytes[index]) else {
        throw syntaxError("expected a digit after the decimal point")
      }
      skipDigits()
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
      guard index < bytes.count, Self.isDigit(bytes[index]) else {
        throw syntaxError("expected an exponent")
      }
      skipDigits()
    }
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONValue)
    throws(JSONValue.ParseError) -> JSONValue
  {
    let utf8 = Array(word.utf8)
    guard bytes[index...].starts(with: utf8) else { throw syntaxError("expected a JSON value") }
    index += utf8.count
    return value
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private mutating func skipDigits() {
    while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
  }

  private mutating func skipWhitespace() {
    index = bytes.withUnsafeBufferPointer { buffer in
      var next = index
      while next < buffer.count {
        switch buffer[next] {
        case 0x20, 0x0A, 0x0D, 0x09: next += 1
        default: return next
        }
      }
      return next
    }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// A syntax error at the current byte, with its 1-based line and column (in Unicode scalars).
  private func syntaxError(_ message: String) -> JSONValue.ParseError {
    var line = 1
    var column = 1
    for byte in bytes[textStart..<max(textStart, min(index, bytes.count))] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return JSONValue.ParseError(line: line, column: column, message: message)
  }
}
