import SDJSON

/// The instances of one or more listings, in listing order. A listing that is a JSON array (what
/// `gcloud compute instances list --format=json` writes) is kept as its bytes and the range of each
/// instance, and an instance is decoded when it is read: a whole listing as `JSONValue` trees takes
/// several times the file's size, one instance at a time takes almost nothing.
public struct InstanceList: RandomAccessCollection, Sendable {
  private enum Part: Sendable {
    case parsed([JSONValue])
    case raw(bytes: [UInt8], ranges: [Range<Int>])

    var count: Int {
      switch self {
      case .parsed(let values): values.count
      case .raw(_, let ranges): ranges.count
      }
    }
  }

  private var parts: [Part] = []
  /// The index of each part's first instance.
  private var partStarts: [Int] = []
  /// The number of instances.
  public private(set) var endIndex = 0

  /// An empty list.
  package init() {}

  /// Instances already decoded.
  package init(_ values: [JSONValue]) {
    append(.parsed(values))
  }

  /// Instances kept as byte ranges of `bytes`, each of them a valid JSON object.
  init(bytes: [UInt8], ranges: [Range<Int>]) {
    append(.raw(bytes: bytes, ranges: ranges))
  }

  /// The first index.
  public var startIndex: Int { 0 }

  /// The instance at `index`, decoded from its listing's bytes when it was kept as bytes.
  public subscript(index: Int) -> JSONValue {
    instance(at: index, keeping: nil)
  }

  /// The instance at `index`; of an instance kept as bytes, only the top-level members `keeping` accepts are
  /// decoded (all when nil), the rest is skipped.
  package func instance(at index: Int, keeping: ((String) -> Bool)?) -> JSONValue {
    var part = partStarts.count - 1
    while partStarts[part] > index { part -= 1 }
    switch parts[part] {
    case .parsed(let values):
      return values[index - partStarts[part]]
    case .raw(let bytes, let ranges):
      // Each range was checked when the listing was read, so this cannot fail.
      var parser = JSONParser(bytes, from: ranges[index - partStarts[part]].lowerBound, checked: true)
      return (try? parser.parseValue(keeping: keeping)) ?? .null
    }
  }

  /// Appends the instances of `other` after these.
  package mutating func append(contentsOf other: InstanceList) {
    for part in other.parts { append(part) }
  }

  private mutating func append(_ part: Part) {
    guard part.count > 0 else { return }
    parts.append(part)
    partStarts.append(endIndex)
    endIndex += part.count
  }
}
