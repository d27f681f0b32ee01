/// A label name and value as written in a labels mapping (`external_labels`, static `labels`), in order.
public struct LabelPair: Hashable, Sendable {
  /// The label name.
  public var name: String
  /// The label value.
  public var value: String

  /// Creates a label pair.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
