/// Writes a filter in the canonical Compute API form: every restriction in its own parentheses
/// with no spaces inside (`(status="RUNNING")`), chains joined with ` AND ` / ` OR `, a nested
/// chain of the other kind wrapped in parentheses, and regex terms side by side (`(a eq x)(b eq y)`).
enum APIFilterPrinter {
  /// The canonical text of `expr`.
  static func print(_ expr: FilterExpr) -> String {
    switch expr.node {
    case .restriction(let restriction): return "(" + restriction.text(key: restriction.key.path, value: valueText) + ")"
    case .word(let word): return word
    case .not(let inner):
      if case .restriction = inner.node { return "NOT " + print(inner) }
      return "NOT (" + print(inner) + ")"
    case .and(let items):
      if !items.isEmpty, items.allSatisfy(isRegexTerm) { return items.map(print).joined() }
      return FilterExpr.chainText(items, separator: " AND ", print: print)
    case .or(let items):
      return FilterExpr.chainText(items, separator: " OR ", print: print)
    }
  }

  /// True for a regex restriction or a side-by-side group of them.
  private static func isRegexTerm(_ expr: FilterExpr) -> Bool {
    switch expr.node {
    case .restriction(let restriction): return restriction.op.isAPIRegex
    case .and(let items): return !items.isEmpty && items.allSatisfy(isRegexTerm)
    default: return false
    }
  }

  /// A literal: quoted ones in double quotes, with any bare `"` from single-quoted input escaped.
  static func valueText(_ value: FilterValue) -> String {
    guard value.quoted else { return value.text }
    var result = "\""
    var escaped = false
    for scalar in value.text.unicodeScalars {
      if scalar == "\"", !escaped { result += "\\" }
      result.unicodeScalars.append(scalar)
      escaped = scalar == "\\" && !escaped
    }
    return result + "\""
  }
}
