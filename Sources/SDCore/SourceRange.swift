/// A half-open range of source positions: `end` is the position just after the last character.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  /// The first character of the range.
  public var start: SourcePosition
  /// The position just after the last character.
  public var end: SourcePosition

  /// Creates a range from its two ends.
  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = max(start, end)
  }

  /// A range covering a single position (an empty range at it).
  public init(at position: SourcePosition) {
    self.init(start: position, end: position)
  }

  /// A range on one line from `column` spanning `length` characters.
  public init(line: Int, column: Int, length: Int) {
    self.init(
      start: SourcePosition(line: line, column: column),
      end: SourcePosition(line: line, column: column + max(0, length)))
  }

  /// The range at the start of a file (line 1, column 1).
  package static let fileStart = SourceRange(at: SourcePosition(line: 1, column: 1))

  /// The text printed for it.
  public var description: String { "\(start)-\(end)" }
}
