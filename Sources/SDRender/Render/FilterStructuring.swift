import SDYAML
import GCEFilter

/// Reads a Compute API filter as a spec's structured `filter:` mapping, when rendering that mapping gives
/// back exactly the same text; otherwise the filter stays a string.
enum FilterStructuring {
  /// The structured form of `text`, or nil when it has none that renders to the same text.
  static func structured(_ text: String) -> SpecFilter? {
    guard let expr = try? APIFilter.parse(text) else { return nil }
    let groups: [FilterExpr]
    if case .and(let items) = expr.node { groups = items } else { groups = [expr] }
    var fields: [SpecFilter.FilterTerm] = []
    var labels: [SpecFilter.FilterTerm] = []
    for group in groups {
      let alternatives: [FilterExpr]
      if case .or(let items) = group.node { alternatives = items } else { alternatives = [group] }
      var key: String?
      var values: [String] = []
      for alternative in alternatives {
        guard case .restriction(let restriction) = alternative.node, restriction.op == .equal,
          let value = restriction.value, key == nil || key == restriction.key.path
        else { return nil }
        key = restriction.key.path
        values.append(value.text)
      }
      guard let key else { return nil }
      if key.hasPrefix("labels.") {
        labels.append(SpecFilter.FilterTerm(name: String(key.dropFirst("labels.".count)), values: values))
      } else {
        guard !key.contains(".") else { return nil }
        fields.append(SpecFilter.FilterTerm(name: key, values: values))
      }
    }
    let terms =
      fields.map { (field: $0.name, values: $0.values) } + labels.map { (field: "labels.\($0.name)", values: $0.values) }
    // The spec writes fields before labels; the text must come back byte for byte.
    guard APIFilter.print(FilterBuilder.conjunction(anyOf: terms)) == text else { return nil }
    return .structured(fields: fields, labels: labels)
  }

  /// The spec's `filter:` value for `filter`.
  static func value(_ filter: SpecFilter) -> YAMLValue {
    switch filter {
    case .raw(let text):
      return .string(text)
    case .structured(let fields, let labels):
      let entry = { (term: SpecFilter.FilterTerm) in
        YAMLEntry(term.name, term.values.count == 1 ? .string(term.values[0]) : .strings(term.values, flow: true))
      }
      var entries = fields.map(entry)
      if !labels.isEmpty { entries.append(YAMLEntry("labels", .mapping(labels.map(entry)))) }
      return .mapping(entries)
    }
  }
}
