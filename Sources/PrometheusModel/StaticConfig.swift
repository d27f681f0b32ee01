import SDYAML

/// One `static_configs` entry: targets and the labels they get.
package struct StaticConfig: Hashable, Sendable, NodeBacked {
  /// The `host:port` targets as written.
  package var targets: [String] = []
  /// The value node of each target, parallel to `targets`.
  package var targetNodes: [YAMLNode.ID] = []
  /// The labels, in source order.
  package var labels: [LabelPair] = []
  /// Where it came from.
  package var nodes = MappingNodes.absent

  /// An empty entry.
  package init() {}
}
