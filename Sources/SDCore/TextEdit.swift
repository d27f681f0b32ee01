/// Replaces the text in `range` of a source file with `replacement`.
public struct TextEdit: Hashable, Sendable {
  /// The text to replace; an empty range inserts.
  public var range: SourceRange
  /// The new text.
  public var replacement: String

  /// Creates an edit.
  public init(range: SourceRange, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}
