/// Prints a structured spec filter in Compute API (AIP-160) syntax: one parenthesised term per
/// field or label, joined with AND; several values of one key become an OR inside its parentheses.
/// The seam where the filter library's printer plugs in.
enum StructuredFilterPrinter {
  /// `(status="RUNNING") AND (labels.cloud_service="dashboard")` for the given terms.
  static func print(fields: [SpecFilter.FilterTerm], labels: [SpecFilter.FilterTerm]) -> String {
    let terms = fields.map { term($0.name, $0.values) } + labels.map { term("labels.\($0.name)", $0.values) }
    return terms.joined(separator: " AND ")
  }

  private static func term(_ name: String, _ values: [String]) -> String {
    "(" + values.map { "\(name)=\(quoted($0))" }.joined(separator: " OR ") + ")"
  }

  private static func quoted(_ value: String) -> String {
    var out = "\""
    for character in value {
      if character == "\"" || character == "\\" { out.append("\\") }
      out.append(character)
    }
    return out + "\""
  }
}
