/// Bounds that keep hostile YAML from exhausting time, memory or the stack.
package struct YAMLLimits: Sendable {
  /// Deepest nesting of collections accepted.
  package var maxDepth: Int
  /// Most nodes the document may stand for once every alias is expanded,
  /// beyond `aliasExpansionAllowance` times the nodes actually written.
  package var maxExpandedNodes: Int
  /// How many times its written size a document may grow through aliases before
  /// `maxExpandedNodes` applies.
  package var aliasExpansionAllowance: Int

  /// Creates limits.
  package init(maxDepth: Int = 256, maxExpandedNodes: Int = 1_000_000, aliasExpansionAllowance: Int = 20) {
    self.maxDepth = maxDepth
    self.maxExpandedNodes = maxExpandedNodes
    self.aliasExpansionAllowance = aliasExpansionAllowance
  }

  /// The limits sdgen uses unless told otherwise.
  package static let standard = YAMLLimits()
}
