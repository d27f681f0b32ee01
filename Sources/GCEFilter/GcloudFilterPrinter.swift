/// Writes a filter in the canonical gcloud form: `key op value` with no spaces, values bare when
/// safe and double-quoted otherwise, chains joined with ` AND ` / ` OR `, and parentheses only
/// where gcloud needs them (a chain of the other kind, a negated group).
enum GcloudFilterPrinter {
  /// The canonical text of `expr`.
  static func print(_ expr: FilterExpr) -> String {
    switch expr.node {
    case .restriction(let restriction): return restriction.text(key: keyText(restriction.key), value: valueText)
    case .word(let word): return word
    case .not(let inner):
      switch inner.node {
      case .restriction, .word: return "NOT " + print(inner)
      default: return "NOT (" + print(inner) + ")"
      }
    case .and(let items):
      return FilterExpr.chainText(items, separator: " AND ", print: print)
    case .or(let items):
      return FilterExpr.chainText(items, separator: " OR ", print: print)
    }
  }

  private static func keyText(_ key: FilterKey) -> String {
    let parts = key.parts.map { part in
      (part.quoted ? quote(part.name) : part.name) + part.indexes.map { "[" + $0 + "]" }.joined()
    }
    return parts.joined(separator: ".") + (key.transform.map { "." + $0 } ?? "")
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
    "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
  }
}
