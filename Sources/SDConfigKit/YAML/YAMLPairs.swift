/// The key/value pairs of a mapping as written (unresolved, `<<` not applied), read in place from
/// the document's child table.
public struct YAMLPairs: RandomAccessCollection, Sendable {
  /// The document's child table: a key id then a value id for each pair.
  private let children: [Int32]
  /// Where the mapping's pairs start in `children`.
  private let start: Int
  /// How many pairs the mapping has.
  public let count: Int

  init(children: [Int32], start: Int, count: Int) {
    self.children = children
    self.start = start
    self.count = count
  }

  /// No pairs, for a node that is not a mapping.
  static let none = YAMLPairs(children: [], start: 0, count: 0)

  /// The first position, always 0.
  public var startIndex: Int { 0 }
  /// One past the last pair.
  public var endIndex: Int { count }

  /// The pair at `position`.
  public subscript(position: Int) -> YAMLPair {
    let index = start + 2 * position
    return YAMLPair(key: Int(children[index]), value: Int(children[index + 1]))
  }
}
