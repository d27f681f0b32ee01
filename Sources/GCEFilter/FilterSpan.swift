/// A stretch of filter text: a 1-based column counted in Unicode scalars, and a length in scalars.
public struct FilterSpan: Sendable, Hashable {
  /// The first column (1-based).
  public var column: Int
  /// How many Unicode scalars the stretch covers.
  public var length: Int

  /// Creates a span.
  package init(column: Int, length: Int) {
    self.column = column
    self.length = length
  }

  /// The span from the start of `self` to the end of `other`.
  func through(_ other: FilterSpan) -> FilterSpan {
    FilterSpan(column: column, length: max(length, other.column + other.length - column))
  }
}
