/// The gcloud `--filter` language, as `gcloud compute instances list --filter=…` reads it.
public enum GcloudFilter {
  /// Parses a gcloud filter; an empty filter is the empty conjunction.
  package static func parse(_ text: String) throws(FilterError) -> FilterExpr {
    var parser = GcloudFilterParser(text)
    return try parser.parse()
  }

  /// The canonical gcloud text of `expr`, e.g. `status=RUNNING AND labels.env=prod`.
  package static func print(_ expr: FilterExpr) -> String {
    GcloudFilterPrinter.print(expr)
  }

  /// Translates a gcloud filter into the Compute API's AIP-160 dialect, reporting each term's
  /// fidelity and refusing what the API cannot express.
  public static func toAPI(_ text: String) throws(FilterError) -> FilterTranslation {
    let expr = try parse(text)
    let (translated, terms) = try GcloudToAPITranslator.translate(expr, source: FilterScanner(text))
    return FilterTranslation(text: APIFilter.print(translated), expr: translated, terms: terms)
  }

  /// Whether `text`, meant as an API filter, is really gcloud syntax, and if so its API translation.
  package static func check(_ text: String) -> GcloudSyntaxCheck {
    if (try? APIFilter.parse(text)) != nil { return .notGcloud }
    guard (try? parse(text)) != nil else { return .notGcloud }
    do {
      return .translatable(try toAPI(text))
    } catch {
      return .untranslatable(error)
    }
  }
}
