import GCEKnowledge

/// Builds API filters from structured terms, as the spec's `filter:` maps render.
package enum FilterBuilder {
  /// The conjunction of `field = value` terms, printing as
  /// `(status="RUNNING") AND (labels.cloud_service="dashboard")`: values are quoted except booleans
  /// and numbers compared with boolean or numeric fields.
  package static func conjunction(_ terms: [(field: String, value: String)]) -> FilterExpr {
    conjunction(anyOf: terms.map { (field: $0.field, values: [$0.value]) })
  }

  /// The conjunction of terms where a term with several values matches any of them:
  /// `(status="RUNNING" OR status="STAGING") AND (labels.env="prod")`.
  package static func conjunction(anyOf terms: [(field: String, values: [String])]) -> FilterExpr {
    let span = FilterSpan(column: 1, length: 0)
    let items = terms.map { term in
      let alternatives = term.values.map { text in
        FilterExpr(
          FilterRestriction(
            key: FilterKey(path: term.field), op: .equal, operand: .value(value((term.field, text)))))
      }
      return FilterExpr.any(alternatives, span: span)
    }
    return FilterExpr.all(items, span: span)
  }

  private static func value(_ term: (field: String, value: String)) -> FilterValue {
    let literal = FilterValue(term.value, quoted: false)
    guard case .field(let field) = InstanceFieldCatalogue.lookup(term.field) else {
      return FilterValue(term.value, quoted: true)
    }
    switch field.kind {
    case .boolean where literal.isBoolean: return FilterValue(term.value.lowercased(), quoted: false)
    case .integer where literal.isNumber: return literal
    default: return FilterValue(term.value, quoted: true)
    }
  }
}
