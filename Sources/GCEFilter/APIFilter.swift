/// The Compute Engine API `filter` dialects (AIP-160 and the `eq`/`ne` regex form).
public enum APIFilter {
  /// Parses an API filter; an empty filter is the empty conjunction (matches everything).
  package static func parse(_ text: String) throws(FilterError) -> FilterExpr {
    var parser = APIFilterParser(text)
    return try parser.parse()
  }

  /// The canonical API text of `expr`, e.g. `(status="RUNNING") AND (labels.env="prod")`.
  package static func print(_ expr: FilterExpr) -> String {
    APIFilterPrinter.print(expr)
  }

  /// Translates an API filter into gcloud `--filter` syntax, reporting each term's fidelity.
  public static func toGcloud(_ text: String) throws(FilterError) -> FilterTranslation {
    let expr = try parse(text)
    var translator = APIToGcloudTranslator(source: FilterScanner(text))
    let translated = try translator.translate(expr)
    return FilterTranslation(text: GcloudFilter.print(translated), expr: translated, terms: translator.terms)
  }
}
