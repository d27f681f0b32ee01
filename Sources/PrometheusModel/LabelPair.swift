/// A label name and value as written in a labels mapping (`external_labels`, static `labels`), in order.
package struct LabelPair: Hashable, Sendable {
  /// The label name.
  package var name: String
  /// The label value.
  package var value: String

  /// Creates a label pair.
  package init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
