/// Writes a filter in the canonical Compute API form: every restriction in its own parentheses
/// with no spaces inside (`(status="RUNNING")`), chains joined with ` AND ` / ` OR `, a nested
/// chain of the other kind wrapped in parentheses, and regex terms side by side (`(a eq x)(b eq y)`).
enum APIFilterPrinter {
  /// The canonical text of `expr`.
  static func print(_ expr: FilterExpr) -> String {
    switch expr.node {
    case .restriction(let restriction): return "(" + restrictionText(restriction) + ")"
    case .word(let word): return word
    case .not(let inner):
      if case .restriction = inner.node { return "NOT " + print(inner) }
      return "NOT (" + print(inner) + ")"
    case .and(let items):
      if !items.isEmpty, items.allSatisfy(isRegexTerm) { return items.map(print).joined() }
      return items.map { item in
        if case .or = item.node { return "(" + print(item) + ")" }
        return print(item)
      }.joined(separator: " AND ")
    case .or(let items):
      return items.map { item in
        if case .and = item.node { return "(" + print(item) + ")" }
        return print(item)
      }.joined(separator: " OR ")
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

  /// `key op value` without the surrounding parentheses.
  static func restrictionText(_ restriction: FilterRestriction) -> String {
    let key = restriction.key.path
    if restriction.op.isAPIRegex {
      return key + " " + restriction.op.rawValue + " " + operandText(restriction.operand)
    }
    return key + restriction.op.rawValue + operandText(restriction.operand)
  }

  private static func operandText(_ operand: FilterOperand) -> String {
    switch operand {
    case .presence: return "*"
    case .value(let value): return valueText(value)
    case .list(let values): return "(" + values.map(valueText).joined(separator: " ") + ")"
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
