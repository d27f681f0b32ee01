import SDYAML

/// One `static_configs` entry: targets and the labels they get.
public struct StaticConfig: Hashable, Sendable, NodeBacked {
  /// The `host:port` targets as written.
  public var targets: [String] = []
  /// The value node of each target, parallel to `targets`.
  public var targetNodes: [YAMLNode.ID] = []
  /// The labels, in source order.
  public var labels: [LabelPair] = []
  /// Where it came from.
  package var nodes = MappingNodes.absent

  /// An empty entry.
  public init() {}
}
