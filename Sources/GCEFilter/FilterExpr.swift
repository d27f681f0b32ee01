/// A parsed filter of either dialect: restrictions combined with AND, OR and NOT, each node
/// knowing where it is written. Equality and hashing ignore source spans.
package struct FilterExpr: Sendable, Hashable {
  /// The shape of a node.
  package indirect enum Node: Sendable, Hashable {
    /// A comparison.
    case restriction(FilterRestriction)
    /// A gcloud global restriction: a bare word or function call matched anywhere.
    case word(String)
    /// Negation (`NOT x` or `-x`).
    case not(FilterExpr)
    /// Conjunction (explicit `AND` or terms side by side); empty means "everything".
    case and([FilterExpr])
    /// Disjunction.
    case or([FilterExpr])
  }

  /// What this node is.
  package var node: Node
  /// Where it is written.
  package var span: FilterSpan

  /// Creates a node.
  package init(_ node: Node, span: FilterSpan = FilterSpan(column: 1, length: 0)) {
    self.node = node
    self.span = span
  }

  /// A restriction node spanning from its key to its operand.
  package init(_ restriction: FilterRestriction) {
    self.init(.restriction(restriction), span: restriction.keySpan.through(restriction.operandSpan))
  }

  /// The conjunction of `items`, flattening nested conjunctions; a single item stands alone.
  static func all(_ items: [FilterExpr], span: FilterSpan) -> FilterExpr {
    if items.count == 1 { return items[0] }
    return FilterExpr(.and(flattened(items) { if case .and(let inner) = $0.node { inner } else { nil } }), span: span)
  }

  /// The disjunction of `items`, flattening nested disjunctions; a single item stands alone.
  static func any(_ items: [FilterExpr], span: FilterSpan) -> FilterExpr {
    if items.count == 1 { return items[0] }
    return FilterExpr(.or(flattened(items) { if case .or(let inner) = $0.node { inner } else { nil } }), span: span)
  }

  /// `items` with each item that `nested` opens replaced by its own items; `items` itself when none opens.
  private static func flattened(_ items: [FilterExpr], nested: (FilterExpr) -> [FilterExpr]?) -> [FilterExpr] {
    guard items.contains(where: { nested($0) != nil }) else { return items }
    return items.flatMap { nested($0) ?? [$0] }
  }

  /// The printed items of an AND or OR chain joined by `separator`, with nested chains in parentheses.
  static func chainText(_ items: [FilterExpr], separator: String, print: (FilterExpr) -> String) -> String {
    items.map { item in
      switch item.node {
      case .and, .or: return "(" + print(item) + ")"
      default: return print(item)
      }
    }.joined(separator: separator)
  }

  /// Every restriction in the tree, in source order.
  package var restrictions: [FilterRestriction] {
    var found: [FilterRestriction] = []
    appendRestrictions(to: &found)
    return found
  }

  /// Appends every restriction in the tree to `found`, in source order.
  private func appendRestrictions(to found: inout [FilterRestriction]) {
    switch node {
    case .restriction(let restriction): found.append(restriction)
    case .word: break
    case .not(let inner): inner.appendRestrictions(to: &found)
    case .and(let items), .or(let items):
      for item in items { item.appendRestrictions(to: &found) }
    }
  }

  /// Compares the trees; spans are ignored.
  package static func == (lhs: FilterExpr, rhs: FilterExpr) -> Bool { lhs.node == rhs.node }

  /// Hashes the tree.
  package func hash(into hasher: inout Hasher) { hasher.combine(node) }
}
