/// Bounds that keep hostile YAML from exhausting time, memory or the stack.
public struct YAMLLimits: Sendable {
  /// Deepest nesting of collections accepted.
  public var maxDepth: Int
  /// Most nodes the document may stand for once every alias is expanded,
  /// beyond `aliasExpansionAllowance` times the nodes actually written.
  public var maxExpandedNodes: Int
  /// How many times its written size a document may grow through aliases before
  /// `maxExpandedNodes` applies.
  public var aliasExpansionAllowance: Int

  /// Creates limits.
  public init(maxDepth: Int = 256, maxExpandedNodes: Int = 1_000_000, aliasExpansionAllowance: Int = 20) {
    self.maxDepth = maxDepth
    self.maxExpandedNodes = maxExpandedNodes
    self.aliasExpansionAllowance = aliasExpansionAllowance
  }

  /// The limits sdgen uses unless told otherwise.
  public static let standard = YAMLLimits()
}
