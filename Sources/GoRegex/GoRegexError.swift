/// A pattern Go's `regexp/syntax` refuses, with the message Go prints and where the problem is.
package struct GoRegexError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Go's error codes (`syntax.ErrorCode`), with Go's wording.
  package enum Code: String, Sendable {
    case invalidCharClass = "invalid character class"
    case invalidCharRange = "invalid character class range"
    case invalidEscape = "invalid escape sequence"
    case invalidNamedCapture = "invalid named capture"
    case invalidPerlOp = "invalid or unsupported Perl syntax"
    case invalidRepeatOp = "invalid nested repetition operator"
    case invalidRepeatSize = "invalid repeat count"
    case missingBracket = "missing closing ]"
    case missingParen = "missing closing )"
    case missingRepeatArgument = "missing argument to repetition operator"
    case trailingBackslash = "trailing backslash at end of expression"
    case unexpectedParen = "unexpected )"
    case nestingDepth = "expression nests too deeply"
    case large = "expression too large"
  }

  /// What kind of problem Go found.
  package let code: Code
  /// The fragment Go quotes: the offending piece, or the whole expression for paren errors.
  package let fragment: String
  /// Offset, in Unicode scalars, of the problem inside the compiled expression.
  package let offset: Int

  /// Creates an error.
  package init(code: Code, fragment: String, offset: Int) {
    self.code = code
    self.fragment = fragment
    self.offset = offset
  }

  /// Go's message, e.g. ``error parsing regexp: missing closing ): `^(?:(()$` ``.
  package var message: String { "error parsing regexp: \(code.rawValue): `\(fragment)`" }

  /// The text printed for it.
  package var description: String { message }
}
