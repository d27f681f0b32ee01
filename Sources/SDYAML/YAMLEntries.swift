/// The effective entries of a mapping (see `YAMLDocument.entries(of:)`): read in place when the
/// mapping has no `<<` merge key, from a merged list otherwise. Values are resolved through aliases.
public struct YAMLEntries: RandomAccessCollection, Sendable {
  /// The document, whose child table holds the pairs as written.
  private let document: YAMLDocument
  /// Where the mapping's pairs start in the child table, used when `merged` is nil.
  private let start: Int
  /// The entries after applying merges, for a mapping with a `<<` key.
  private let merged: [YAMLPair]?
  /// How many entries there are.
  public let count: Int

  init(document: YAMLDocument, start: Int, pairCount: Int, merged: [YAMLPair]?) {
    self.document = document
    self.start = start
    self.merged = merged
    self.count = merged?.count ?? pairCount
  }

  /// The first position, always 0.
  public var startIndex: Int { 0 }
  /// One past the last entry.
  public var endIndex: Int { count }

  /// The entry at `position`, its value resolved.
  public subscript(position: Int) -> YAMLPair {
    if let merged { return merged[position] }
    let index = start + 2 * position
    return YAMLPair(key: Int(document.children[index]), value: document.resolve(Int(document.children[index + 1])))
  }
}
