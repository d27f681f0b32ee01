/// Writes a filter in the canonical gcloud form: `key op value` with no spaces, values bare when
/// safe and double-quoted otherwise, chains joined with ` AND ` / ` OR `, and parentheses only
/// where gcloud needs them (a chain of the other kind, a negated group).
enum GcloudFilterPrinter {
  /// The canonical text of `expr`.
  static func print(_ expr: FilterExpr) -> String {
    switch expr.node {
    case .restriction(let restriction): return restrictionText(restriction)
    case .word(let word): return word
    case .not(let inner):
      switch inner.node {
      case .restriction, .word: return "NOT " + print(inner)
      default: return "NOT (" + print(inner) + ")"
      }
    case .and(let items):
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

  private static func restrictionText(_ restriction: FilterRestriction) -> String {
    let key = keyText(restriction.key)
    if restriction.op.isAPIRegex {
      return key + " " + restriction.op.rawValue + " " + operandText(restriction.operand)
    }
    return key + restriction.op.rawValue + operandText(restriction.operand)
  }

  private static func keyText(_ key: FilterKey) -> String {
    let parts = key.parts.map { part in
      (part.quoted ? quote(part.name) : part.name) + part.indexes.map { "[" + $0 + "]" }.joined()
    }
    return parts.joined(separator: ".") + (key.transform.map { "." + $0 } ?? "")
  }

  private static func operandText(_ operand: FilterOperand) -> String {
    switch operand {
    case .presence: return "*"
    case .value(let value): return valueText(value)
    case .list(let values): return "(" + values.map(valueText).joined(separator: " ") + ")"
    }
  }

  /// A literal, bare when that reads back the same and quoted otherwise.
  static func valueText(_ value: FilterValue) -> String {
    value.quoted || needsQuotes(value.text) ? quote(value.text) : value.text
  }

  /// True when `text` must be quoted to stay one gcloud operand that means itself.
  static func needsQuotes(_ text: String) -> Bool {
    if text.isEmpty || text == "AND" || text == "OR" || text == "NOT" { return true }
    return !text.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_./@*-".unicodeScalars.contains(scalar))
    }
  }

  /// `text` in double quotes with `\` and `"` escaped.
  static func quote(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
