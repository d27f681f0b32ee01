import SDYAML

/// Where a decoded block came from: its mapping node and, for each known key present, the key and
/// value nodes, so a rule can point at exactly the key or the value it is about.
package struct MappingNodes: Hashable, Sendable {
  /// One known key present in the mapping.
  package struct Entry: Hashable, Sendable {
    /// The key as written.
    package let name: String
    /// The key node.
    package let key: YAMLNode.ID
    /// The value node, resolved through aliases.
    package let value: YAMLNode.ID

    package init(name: String, key: YAMLNode.ID, value: YAMLNode.ID) {
      self.name = name
      self.key = key
      self.value = value
    }
  }

  /// The mapping node (resolved through aliases); nil when the block is absent from the source.
  package let node: YAMLNode.ID?
  /// The known keys present, in source order (`<<`-merged keys after the explicit ones).
  package internal(set) var entries: [Entry]

  /// Nodes of a block that is not in the source (every field at its default).
  package static let absent = MappingNodes(node: nil, entries: [])

  /// Creates the nodes of a mapping.
  package init(node: YAMLNode.ID?, entries: [Entry]) {
    self.node = node
    self.entries = entries
  }

  /// The entry for key `name`, if present.
  package func entry(_ name: String) -> Entry? {
    let length = name.utf8.count
    for index in entries.indices where entries[index].name.utf8.count == length && entries[index].name == name {
      return entries[index]
    }
    return nil
  }

  /// The key node of `name`, if present.
  package func keyNode(_ name: String) -> YAMLNode.ID? { entry(name)?.key }

  /// The value node of `name`, if present.
  package func valueNode(_ name: String) -> YAMLNode.ID? { entry(name)?.value }
}

/// A model value decoded from a YAML mapping, which knows the nodes it came from.
package protocol NodeBacked {
  /// The mapping and its known keys' nodes.
  var nodes: MappingNodes { get }
}

extension NodeBacked {
  /// The mapping node; nil when the block is absent from the source.
  package var node: YAMLNode.ID? { nodes.node }

  /// The key node of `name`, if present.
  package func keyNode(_ name: String) -> YAMLNode.ID? { nodes.keyNode(name) }

  /// The value node of `name`, if present.
  package func valueNode(_ name: String) -> YAMLNode.ID? { nodes.valueNode(name) }
}
