/// A pattern Go's `regexp/syntax` refuses, with the message Go prints and where the problem is.
public struct GoRegexError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Go's error codes (`syntax.ErrorCode`), with Go's wording.
  public enum Code: String, Sendable {
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
  public let code: Code
  /// The fragment Go quotes: the offending piece, or the whole expression for paren errors.
  public let fragment: String
  /// Offset, in Unicode scalars, of the problem inside the compiled expression.
  public let offset: Int

  /// Creates an error.
  public init(code: Code, fragment: String, offset: Int) {
    self.code = code
    self.fragment = fragment
    self.offset = offset
  }

  /// Go's message, e.g. ``error parsing regexp: missing closing ): `^(?:(()$` ``.
  public var message: String { "error parsing regexp: \(code.rawValue): `\(fragment)`" }

  /// The text printed for it.
  public var description: String { message }
}
