import SDCore

/// A value read from a spec or template file, with where it was written.
public struct Located<Value: Sendable>: Sendable {
  /// The value.
  public var value: Value
  /// Where the value is written.
  public var range: SourceRange
  /// The file it was read from; nil for the spec being rendered.
  public var file: String?

  /// Creates a located value.
  public init(_ value: Value, range: SourceRange, file: String? = nil) {
    self.value = value
    self.range = range
    self.file = file
  }
}
