/// The key/value pairs of a mapping as written (unresolved, `<<` not applied), read in place from
/// the document's child table.
public struct YAMLPairs: RandomAccessCollection, Sendable {
  /// The mapping's children: a key id then a value id for each pair.
  private let ids: YAMLItems

  init(ids: YAMLItems) {
    self.ids = ids
  }

  /// No pairs, for a node that is not a mapping.
  static let none = YAMLPairs(ids: .none)

  /// The first position, always 0.
  public var startIndex: Int { 0 }
  /// One past the last pair.
  public var endIndex: Int { ids.count / 2 }

  /// The pair at `position`.
  public subscript(position: Int) -> YAMLPair {
    YAMLPair(key: ids[2 * position], value: ids[2 * position + 1])
  }
}
