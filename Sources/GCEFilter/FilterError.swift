/// Why a filter could not be parsed or translated, positioned inside the filter text.
public struct FilterError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem this is.
  public enum Kind: Sendable, Hashable {
    /// The text is not valid in the dialect it was read as.
    case syntax
    /// The API regex dialect (`eq`/`ne`) is mixed with AIP operators.
    case mixedDialects
    /// The API regex dialect is combined with AND, OR, NOT or `-`, or a term lacks its parentheses.
    case regexWithLogic
    /// Valid input that the other dialect cannot express.
    case untranslatable
  }

  /// One sentence saying what is wrong, naming the column.
  public let message: String
  /// The 1-based column (in Unicode scalars) of the offending part of the filter.
  public let column: Int
  /// How many scalars the offending part covers (at least 1).
  public let length: Int
  /// What to do about it, when there is something concrete.
  public let help: String?
  /// The kind of problem.
  public let kind: Kind

  /// Creates an error; `problem` is phrased without position, the column is appended.
  init(_ problem: String, at span: FilterSpan, help: String? = nil, kind: Kind = .syntax) {
    self.message = "\(problem) at column \(span.column)"
    self.column = span.column
    self.length = max(1, span.length)
    self.help = help
    self.kind = kind
  }

  /// The message followed by the help, if any.
  public var description: String { help.map { "\(message); \($0)" } ?? message }

  /// The filter on one line and a caret line underneath marking the offending part.
  public func caretLines(for filter: String) -> [String] {
    let width = filter.unicodeScalars.count
    let start = min(column, width + 1)
    let marks = max(1, min(length, width + 1 - start))
    return [filter, String(repeating: " ", count: start - 1) + "^" + String(repeating: "~", count: marks - 1)]
  }
}
