/// A parsed YAML document: a flat table of nodes with source positions. Aliases stay references
/// to their anchored node; `resolve(_:)` follows them and `mappingEntries(_:)` applies `<<` merges.
public struct YAMLDocument: Sendable, Equatable {
  /// Every node, in document order; an id is an index into this table.
  public let nodes: [YAMLNode]
  /// Child ids of collections, each collection's children stored contiguously.
  let children: [Int32]
  /// The root node; nil for an empty (or comment-only) document.
  public let root: YAMLNode.ID?

  init(nodes: [YAMLNode], children: [Int32], root: YAMLNode.ID?) {
    self.nodes = nodes
    self.children = children
    self.root = root
  }

  /// An empty document.
  public static let empty = YAMLDocument(nodes: [], children: [], root: nil)

  /// The node with `id`.
  public subscript(id: YAMLNode.ID) -> YAMLNode {
    _read { yield nodes[id] }
  }

  /// True when node `id` is a null scalar (`YAMLNode.isNull`), read field by field without copying the node.
  public func isNull(_ id: YAMLNode.ID) -> Bool {
    guard self[id].kind == .scalar else { return false }
    return YAMLNode.isNull(kind: .scalar, style: self[id].style, tag: self[id].tag, text: self[id].value)
  }

  /// Follows aliases to the anchored node they name.
  public func resolve(_ id: YAMLNode.ID) -> YAMLNode.ID {
    var current = id
    while nodes[current].kind == .alias { current = Int(nodes[current].first) }
    return current
  }

  /// The items of a sequence (unresolved ids), empty for other kinds.
  public func items(_ id: YAMLNode.ID) -> [YAMLNode.ID] { Array(itemView(id)) }

  /// The items of a sequence (unresolved ids) read in place, without copying them; empty for other kinds.
  public func itemView(_ id: YAMLNode.ID) -> YAMLItems {
    guard nodes[id].kind == .sequence else { return .none }
    return YAMLItems(children: children, start: Int(nodes[id].first), count: Int(nodes[id].count))
  }

  /// The key/value pairs of a mapping as written (unresolved, `<<` not applied).
  public func pairs(_ id: YAMLNode.ID) -> [YAMLPair] { Array(pairView(id)) }

  /// The key/value pairs of a mapping as written (unresolved, `<<` not applied) read in place.
  public func pairView(_ id: YAMLNode.ID) -> YAMLPairs {
    guard nodes[id].kind == .mapping else { return .none }
    return YAMLPairs(ids: YAMLItems(children: children, start: Int(nodes[id].first), count: Int(nodes[id].count)))
  }

  /// The effective entries of a mapping, as yaml.v2 decodes it: `<<` merge keys are replaced by the
  /// entries of the merged mapping(s), explicit keys win over merged ones, and earlier mappings in a
  /// merge list win over later ones. Values are resolved through aliases; keys stay as written.
  public func mappingEntries(_ id: YAMLNode.ID) -> [YAMLPair] { Array(entries(of: id)) }

  /// `mappingEntries(_:)` without copying: a mapping without `<<` keys is read in place.
  public func entries(of id: YAMLNode.ID) -> YAMLEntries {
    let resolved = resolve(id)
    guard nodes[resolved].kind == .mapping else {
      return YAMLEntries(document: self, start: 0, pairCount: 0, merged: nil)
    }
    let start = Int(nodes[resolved].first)
    let end = start + Int(nodes[resolved].count)
    var merges = false
    for index in stride(from: start, to: end, by: 2) where isMergeKey(Int(children[index])) {
      merges = true
      break
    }
    return YAMLEntries(
      document: self, start: start, pairCount: (end - start) / 2, merged: merges ? mergedEntries(resolved) : nil)
  }

  /// `mappingEntries` of a mapping that has at least one `<<` merge key.
  private func mergedEntries(_ mapping: YAMLNode.ID) -> [YAMLPair] {
    var explicit: [YAMLPair] = []
    var merged: [YAMLPair] = []
    for pair in pairView(mapping) {
      if isMergeKey(pair.key) {
        let source = resolve(pair.value)
        let sources = nodes[source].kind == .sequence ? itemView(source).map(resolve) : [source]
        for mapping in sources where nodes[mapping].kind == .mapping {
          merged.append(contentsOf: mappingEntries(mapping))
        }
      } else {
        explicit.append(YAMLPair(key: pair.key, value: resolve(pair.value)))
      }
    }
    var seen = Set(explicit.map { nodes[resolve($0.key)].value })
    var result = explicit
    for pair in merged where seen.insert(nodes[resolve(pair.key)].value).inserted {
      result.append(pair)
    }
    return result
  }

  /// True when `key` is the YAML merge key `<<` (plain and untagged, or tagged `!!merge`).
  public func isMergeKey(_ key: YAMLNode.ID) -> Bool {
    let id = resolve(key)
    guard nodes[id].kind == .scalar, nodes[id].value.utf8.count == 2, nodes[id].value == "<<" else { return false }
    let tag = nodes[id].tag
    return tag == "!!merge" || (tag == nil && nodes[id].style == .plain)
  }

  /// The value for scalar key `name` in a mapping's effective entries, resolved through aliases.
  public func value(forKey name: String, in mapping: YAMLNode.ID) -> YAMLNode.ID? {
    entries(of: mapping).first { nodes[resolve($0.key)].value == name }?.value
  }
}

/// A key and its value inside a mapping.
public struct YAMLPair: Sendable, Hashable {
  /// The key node.
  public let key: YAMLNode.ID
  /// The value node.
  public let value: YAMLNode.ID
}
