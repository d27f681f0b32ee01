/// The effective entries of a mapping (see `YAMLDocument.entries(of:)`): read in place when the
/// mapping has no `<<` merge key, from a merged list otherwise. Values are resolved through aliases.
public struct YAMLEntries: RandomAccessCollection, Sendable {
  /// The document, to resolve values.
  private let document: YAMLDocument
  /// The pairs as written, used when `merged` is nil.
  private let written: YAMLPairs
  /// The entries after applying merges, for a mapping with a `<<` key.
  private let merged: [YAMLPair]?

  init(document: YAMLDocument, written: YAMLPairs, merged: [YAMLPair]?) {
    self.document = document
    self.written = written
    self.merged = merged
  }

  /// The first position, always 0.
  public var startIndex: Int { 0 }
  /// One past the last entry.
  public var endIndex: Int { merged?.count ?? written.count }

  /// The entry at `position`, its value resolved.
  public subscript(position: Int) -> YAMLPair {
    if let merged { return merged[position] }
    let pair = written[position]
    return YAMLPair(key: pair.key, value: document.resolve(pair.value))
  }
}
