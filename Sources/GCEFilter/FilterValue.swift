/// A literal operand: its text (gcloud escapes applied; API quoted text kept verbatim) and whether
/// it was written in quotes, which decides for instance that `"123"` stays a string.
package struct FilterValue: Sendable, Hashable {
  /// The literal's text without its quotes.
  package var text: String
  /// True when any part of the literal was quoted.
  package var quoted: Bool

  /// Creates a literal.
  package init(_ text: String, quoted: Bool) {
    self.text = text
    self.quoted = quoted
  }

  /// True when the text reads as a decimal number (`42`, `-1.5`).
  var isNumber: Bool {
    guard let first = text.unicodeScalars.first, first == "-" || ("0"..."9").contains(first) else { return false }
    return Double(text) != nil
  }

  /// True when the text is `true` or `false` in any case.
  var isBoolean: Bool {
    let lower = text.lowercased()
    return lower == "true" || lower == "false"
  }
}
