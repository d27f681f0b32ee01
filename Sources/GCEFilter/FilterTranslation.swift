/// How faithfully one term of a filter was translated.
public enum FilterFidelity: Sendable, Hashable {
  /// Both dialects select exactly the same instances.
  case exact
  /// The translation may select different instances, for the stated reason.
  case approximate(reason: String)
}

/// The fidelity of one source term, positioned in the input filter.
public struct FilterTermFidelity: Sendable, Hashable {
  /// Where the term is written in the input.
  public let span: FilterSpan
  /// The term as written in the input.
  public let term: String
  /// Whether its translation is exact.
  public let fidelity: FilterFidelity
}

/// A filter translated into the other dialect.
public struct FilterTranslation: Sendable, Hashable {
  /// The translated filter in canonical form.
  public let text: String
  /// The translated tree.
  package let expr: FilterExpr
  /// Per source term, in source order: how faithful its translation is.
  public let terms: [FilterTermFidelity]

  /// True when every term translated exactly.
  public var isExact: Bool { terms.allSatisfy { $0.fidelity == .exact } }

  /// The terms whose translation is approximate, with their reasons.
  public var approximations: [(term: FilterTermFidelity, reason: String)] {
    terms.compactMap { term in
      if case .approximate(let reason) = term.fidelity { return (term, reason) }
      return nil
    }
  }
}
