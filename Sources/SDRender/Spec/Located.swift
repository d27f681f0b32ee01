import SDCore
import SDYAML

/// A value read from a spec or template file, with where it was written.
package struct Located<Value: Sendable>: Sendable {
  /// The value.
  package var value: Value
  /// Where the value is written.
  package var range: SourceRange
  /// The file it was read from; nil for the spec being rendered.
  package var file: String?
  /// The spec document node holding the value, when it is copied into the output as written.
  package var node: YAMLNode.ID?

  /// Creates a located value.
  package init(_ value: Value, range: SourceRange, file: String? = nil) {
    self.value = value
    self.range = range
    self.file = file
  }
}
