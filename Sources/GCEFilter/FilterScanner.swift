/// A cursor over the Unicode scalars of a filter, shared by both dialect parsers.
///
/// An all-ASCII filter is read straight from its UTF-8 bytes; any other filter from its scalars.
struct FilterScanner {
  /// The filter's UTF-8 bytes when they are all ASCII, else empty; index `i` is column `i + 1`.
  private let ascii: [UInt8]
  /// The filter's scalars when it has non-ASCII text, else empty; index `i` is column `i + 1`.
  private let wide: [Unicode.Scalar]
  /// How many scalars the filter has.
  let count: Int
  /// The current index.
  var index = 0
  /// How many parenthesised groups are open around the cursor.
  private var depth = 0
  /// The deepest nesting of parentheses a filter may use, which bounds the parsers' recursion.
  static let maximumDepth = 64

  init(_ text: String) {
    let bytes = Array(text.utf8)
    if bytes.allSatisfy({ $0 < 0x80 }) {
      ascii = bytes
      wide = []
      count = bytes.count
    } else {
      ascii = []
      wide = Array(text.unicodeScalars)
      count = wide.count
    }
  }

  /// True when `scalar` is Unicode white space, without a property lookup for ASCII.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isWhitespace }
    return scalar == " " || (0x09...0x0D).contains(scalar.value)
  }

  /// The scalar at index `at`, which must be below `count`.
  subscript(at: Int) -> Unicode.Scalar {
    wide.isEmpty ? Unicode.Scalar(ascii[at]) : wide[at]
  }

  /// The current 1-based column.
  var column: Int { index + 1 }
  /// True when every scalar has been read.
  var atEnd: Bool { index >= count }

  /// The scalar `offset` places ahead, nil past the end.
  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let at = index + offset
    return at < count ? self[at] : nil
  }

  /// True when the text at the cursor starts with `literal`, which must be ASCII.
  func looking(at literal: String) -> Bool {
    var literal = literal
    // The contiguous bytes of a short literal are read far faster than its UTF-8 view is iterated.
    return literal.withUTF8 { bytes in
      guard index + bytes.count <= count else { return false }
      for (offset, byte) in bytes.enumerated() where self[index + offset].value != UInt32(byte) { return false }
      return true
    }
  }

  /// Skips whitespace and returns whether any was skipped.
  @discardableResult
  mutating func skipWhitespace() -> Bool {
    let start = index
    while index < count, Self.isWhitespace(self[index]) { index += 1 }
    return index > start
  }

  /// True when the upper-case ASCII keyword `word` is at the cursor and followed by whitespace, `(` or the end.
  func atKeyword(_ word: String) -> Bool {
    guard looking(at: word) else { return false }
    guard let next = peek(word.utf8.count) else { return true }
    return Self.isWhitespace(next) || next == "("
  }

  /// The text of scalars `start..<end`.
  func text(_ start: Int, _ end: Int) -> String {
    let end = min(end, count)
    if wide.isEmpty { return String(decoding: ascii[start..<end], as: UTF8.self) }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: wide[start..<end])
    return String(result)
  }

  /// The span from index `start` to the cursor.
  func span(from start: Int) -> FilterSpan {
    FilterSpan(column: start + 1, length: index - start)
  }

  /// Enters a parenthesised group opened at index `open`; fails beyond `maximumDepth`.
  mutating func enterGroup(openedAt open: Int) throws(FilterError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw FilterError(
        "parentheses nest deeper than \(Self.maximumDepth) levels", at: FilterSpan(column: open + 1, length: 1),
        help: "simplify the filter")
    }
  }

  /// Leaves the innermost parenthesised group.
  mutating func leaveGroup() {
    depth -= 1
  }

  /// A one-scalar span at the cursor.
  var here: FilterSpan { FilterSpan(column: column, length: 1) }
}
