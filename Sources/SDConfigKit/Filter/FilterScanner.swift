/// A cursor over the Unicode scalars of a filter, shared by both dialect parsers.
struct FilterScanner {
  /// The filter's scalars; index `i` is column `i + 1`.
  let scalars: [Unicode.Scalar]
  /// The current index.
  var index = 0
  /// How many parenthesised groups are open around the cursor.
  private var depth = 0
  /// The deepest nesting of parentheses a filter may use, which bounds the parsers' recursion.
  static let maximumDepth = 64

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// The current 1-based column.
  var column: Int { index + 1 }
  /// True when every scalar has been read.
  var atEnd: Bool { index >= scalars.count }

  /// The scalar `offset` places ahead, nil past the end.
  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let at = index + offset
    return at < scalars.count ? scalars[at] : nil
  }

  /// True when the text at the cursor starts with `literal`.
  func looking(at literal: String) -> Bool {
    var at = index
    for scalar in literal.unicodeScalars {
      guard at < scalars.count, scalars[at] == scalar else { return false }
      at += 1
    }
    return true
  }

  /// Skips whitespace and returns whether any was skipped.
  @discardableResult
  mutating func skipWhitespace() -> Bool {
    let start = index
    while let scalar = peek(), scalar.properties.isWhitespace { index += 1 }
    return index > start
  }

  /// True when the upper-case keyword `word` is at the cursor and followed by whitespace, `(` or the end.
  func atKeyword(_ word: String) -> Bool {
    guard looking(at: word) else { return false }
    guard let next = peek(word.unicodeScalars.count) else { return true }
    return next.properties.isWhitespace || next == "("
  }

  /// The text of scalars `start..<end`.
  func text(_ start: Int, _ end: Int) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[start..<min(end, scalars.count)])
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
