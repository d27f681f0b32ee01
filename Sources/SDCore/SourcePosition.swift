/// A 1-based line and column in a source file; columns count Unicode scalars.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, counted in Unicode scalars.
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// True when `lhs` comes before `rhs`.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// The text printed for it.
  public var description: String { "\(line):\(column)" }
}
