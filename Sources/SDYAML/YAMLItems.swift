/// The item ids of a sequence (or the key and value ids of a mapping), unresolved, read in place from the
/// document's child table.
public struct YAMLItems: RandomAccessCollection, Sendable {
  /// The document's child table.
  private let children: [Int32]
  /// Where the sequence's items start in `children`.
  private let start: Int
  /// How many items the sequence has.
  public let count: Int

  init(children: [Int32], start: Int, count: Int) {
    self.children = children
    self.start = start
    self.count = count
  }

  /// No items, for a node that is not a sequence.
  static let none = YAMLItems(children: [], start: 0, count: 0)

  /// The first position, always 0.
  public var startIndex: Int { 0 }
  /// One past the last item.
  public var endIndex: Int { count }

  /// The item at `position`.
  public subscript(position: Int) -> YAMLNode.ID { Int(children[start + position]) }
}
