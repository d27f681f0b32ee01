/// Writes JSON text with keys in the order they are written, compact or indented by two spaces,
/// the same on every platform (no Foundation serialiser involved).
package struct JSONWriter: Sendable {
  /// The text written so far.
  package private(set) var output = ""
  private let indented: Bool
  private var depth = 0
  private var containerIsEmpty = true
  private var afterKey = false

  /// Creates a writer; `indented` puts each member on its own line, indented by two spaces.
  package init(indented: Bool = false) {
    self.indented = indented
  }

  /// Hands the text written so far to `stream` and forgets it, so a long document is written in pieces.
  package mutating func flush(to stream: inout some TextOutputStream) {
    stream.write(output)
    output = ""
  }

  /// Writes an object whose members `body` writes with `key(_:)` followed by a value.
  package mutating func object(_ body: (inout JSONWriter) -> Void) {
    container(open: "{", close: "}", body)
  }

  /// Writes an array whose elements `body` writes.
  package mutating func array(_ body: (inout JSONWriter) -> Void) {
    container(open: "[", close: "]", body)
  }

  /// Starts a member of the current object; the next value written is its value.
  package mutating func key(_ name: String) {
    beginValue()
    appendQuoted(name)
    output += indented ? ": " : ":"
    afterKey = true
  }

  /// Writes a string value.
  package mutating func value(_ string: String) {
    beginValue()
    appendQuoted(string)
  }

  /// Writes an integer value.
  package mutating func value(_ number: Int) {
    beginValue()
    output += String(number)
  }

  /// Writes a boolean value.
  package mutating func value(_ flag: Bool) {
    beginValue()
    output += flag ? "true" : "false"
  }

  /// Writes `null`.
  package mutating func null() {
    beginValue()
    output += "null"
  }

  /// Writes a member with a string value, or `null` when `string` is nil.
  package mutating func member(_ name: String, _ string: String?) {
    key(name)
    if let string { value(string) } else { null() }
  }

  /// Writes a member with an integer value.
  package mutating func member(_ name: String, _ number: Int) {
    key(name)
    value(number)
  }

  /// Writes a member with a boolean value.
  package mutating func member(_ name: String, _ flag: Bool) {
    key(name)
    value(flag)
  }

  private mutating func container(open: Character, close: Character, _ body: (inout JSONWriter) -> Void) {
    beginValue()
    output.append(open)
    depth += 1
    containerIsEmpty = true
    body(&self)
    depth -= 1
    if indented, !containerIsEmpty { newline() }
    output.append(close)
    containerIsEmpty = false
  }

  private mutating func beginValue() {
    if afterKey {
      afterKey = false
      return
    }
    if depth > 0 {
      if !containerIsEmpty { output += "," }
      if indented { newline() }
    }
    containerIsEmpty = false
  }

  private mutating func newline() {
    output += "\n"
    output += String(repeating: "  ", count: depth)
  }

  private static let hexDigits = Array("0123456789abcdef")

  private mutating func appendQuoted(_ string: String) {
    output += "\""
    guard string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
      output += string
      output += "\""
      return
    }
    // Runs between the bytes that need escaping are copied whole; those bytes are ASCII, so every run
    // starts and ends between scalars.
    let utf8 = string.utf8
    var runStart = utf8.startIndex
    for index in utf8.indices {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      output += string[runStart..<index]
      switch byte {
      case 0x22: output += "\\\""
      case 0x5C: output += "\\\\"
      case 0x0A: output += "\\n"
      case 0x0D: output += "\\r"
      case 0x09: output += "\\t"
      case 0x08: output += "\\b"
      case 0x0C: output += "\\f"
      default:
        output += "\\u00"
        output.append(Self.hexDigits[Int(byte) >> 4])
        output.append(Self.hexDigits[Int(byte) & 0xF])
      }
      runStart = utf8.index(after: index)
    }
    output += string[runStart...]
    output += "\""
  }
}
