#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// A set of labels kept sorted by name in byte order, as Prometheus sorts them; a value type whose
/// copies share storage until one is changed.
public struct LabelSet: Hashable, Sendable, Sequence, CustomStringConvertible, ExpressibleByDictionaryLiteral {
  /// One name and value.
  public struct Label: Hashable, Sendable {
    /// The label name.
    public let name: String
    /// The label value, never empty inside a set.
    public let value: String

    /// Creates a label.
    package init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The labels, sorted by name.
  package private(set) var labels: [Label] = []

  /// An empty set.
  package init() {}

  /// A set holding `pairs`; empty values are left out, a repeated name keeps the last value.
  package init(_ pairs: some Sequence<(String, String)>) {
    // Sorted once, not inserted one by one; of a repeated name the last value counts (an empty one removes it).
    let sorted = pairs.enumerated().sorted {
      switch Self.compare($0.element.0, $1.element.0) {
      case .less: true
      case .greater: false
      case .equal: $0.offset < $1.offset
      }
    }
    for (offset, pair) in sorted.enumerated() {
      if offset + 1 < sorted.count, Self.compare(pair.element.0, sorted[offset + 1].element.0) == .equal { continue }
      guard !pair.element.1.isEmpty else { continue }
      labels.append(Label(name: pair.element.0, value: pair.element.1))
    }
  }

  /// A set of `labels`, which are sorted by name, with distinct names and no empty value.
  init(sorted labels: [Label]) {
    self.labels = labels
  }

  /// A set from a dictionary literal, e.g. `["job": "node", "__address__": "10.0.0.5:9100"]`.
  public init(dictionaryLiteral elements: (String, String)...) {
    self.init(elements)
  }

  /// The value of `name`, nil when absent; setting `nil` or `""` removes the label, as Prometheus's
  /// label builder does.
  public subscript(name: String) -> String? {
    get {
      let (index, found) = position(of: name)
      return found ? labels[index].value : nil
    }
    set {
      let (index, found) = position(of: name)
      guard let newValue, !newValue.isEmpty else {
        if found { labels.remove(at: index) }
        return
      }
      let label = Label(name: name, value: newValue)
      if found { labels[index] = label } else { labels.insert(label, at: index) }
    }
  }

  /// The value of `name`, or `""` when absent (how relabelling reads a missing label).
  package func value(of name: String) -> String { self[name] ?? "" }

  /// The number of labels.
  public var count: Int { labels.count }

  /// True when the set has no labels.
  public var isEmpty: Bool { labels.isEmpty }

  /// The labels as a dictionary.
  package var dictionary: [String: String] {
    Dictionary(labels.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
  }

  /// Iterates the labels in order.
  public func makeIterator() -> IndexingIterator<[Label]> { labels.makeIterator() }

  /// The set in Prometheus's `{name="value", …}` form (quotes, backslashes and newlines escaped).
  public var description: String {
    "{" + labels.map { "\($0.name)=\($0.value.goQuoted)" }.joined(separator: ", ") + "}"
  }

  /// Where `name` is or would be inserted, by binary search in byte order.
  private func position(of name: String) -> (index: Int, found: Bool) {
    var low = 0
    var high = labels.count
    while low < high {
      let middle = (low + high) / 2
      switch Self.compare(labels[middle].name, name) {
      case .equal: return (middle, true)
      case .less: low = middle + 1
      case .greater: high = middle
      }
    }
    return (low, false)
  }

  private enum Order { case less, equal, greater }

  /// Byte-wise comparison of the UTF-8 forms, Go's string order.
  private static func compare(_ lhs: String, _ rhs: String) -> Order {
    let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
      rhs.utf8.withContiguousStorageIfAvailable { right -> Order in
        let common = Swift.min(left.count, right.count)
        let result = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        if result != 0 { return result < 0 ? .less : .greater }
        return left.count == right.count ? .equal : left.count < right.count ? .less : .greater
      }
    }
    if let order = fast ?? nil { return order }
    var left = lhs.utf8.makeIterator()
    var right = rhs.utf8.makeIterator()
    while true {
      switch (left.next(), right.next()) {
      case (nil, nil): return .equal
      case (nil, _): return .less
      case (_, nil): return .greater
      case (let a?, let b?):
        if a != b { return a < b ? .less : .greater }
      }
    }
  }
}
