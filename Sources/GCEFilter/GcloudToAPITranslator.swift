/// Turns a parsed gcloud filter into the Compute API: negations pushed down, list operands expanded
/// to OR, keys in camelCase, values written as the API expects. It tries the AIP-160 dialect and,
/// where that is not exact, the regex dialect (`eq`/`ne`, terms side by side), and keeps the most
/// faithful; it refuses what neither can express (bare words, transforms, repeated fields, …).
struct GcloudToAPITranslator {
  /// The API dialect being written.
  enum Dialect {
    case aip, regex
  }

  /// The gcloud filter being translated, for quoting terms in notes.
  let source: FilterScanner
  let dialect: Dialect
  /// The fidelity of every translated term, in source order.
  private(set) var terms: [FilterTermFidelity] = []

  init(source: FilterScanner, dialect: Dialect) {
    self.source = source
    self.dialect = dialect
  }

  /// True when every term translated exactly.
  var isExact: Bool { terms.allSatisfy { $0.fidelity == .exact } }

  /// The most faithful API translation of `expr`: AIP-160 when exact, else the regex dialect when
  /// exact, else whichever of them translates at all (AIP-160 first).
  static func translate(_ expr: FilterExpr, source: FilterScanner) throws(FilterError) -> (FilterExpr, [FilterTermFidelity]) {
    var aip = GcloudToAPITranslator(source: source, dialect: .aip)
    let aipResult: Result<FilterExpr, FilterError>
    do { aipResult = .success(try aip.translate(expr)) } catch { aipResult = .failure(error) }
    if case .success(let translated) = aipResult, aip.isExact { return (translated, aip.terms) }
    var regex = GcloudToAPITranslator(source: source, dialect: .regex)
    let regexResult: Result<FilterExpr, FilterError>
    do { regexResult = .success(try regex.translate(expr)) } catch { regexResult = .failure(error) }
    switch (aipResult, regexResult) {
    case (_, .success(let translated)) where regex.isExact: return (translated, regex.terms)
    case (.success(let translated), _): return (translated, aip.terms)
    case (.failure, .success(let translated)): return (translated, regex.terms)
    case (.failure(let aipError), .failure(let regexError)):
      // The regex dialect's reason is the more telling one when it fails on the same term.
      let sameTerm = (aipError.column..<aipError.column + aipError.length).contains(regexError.column)
      throw sameTerm && regexError.kind == .untranslatable ? regexError : aipError
    }
  }

  /// The API form of `expr`, negated when `negated` is true.
  mutating func translate(_ expr: FilterExpr, negated: Bool = false) throws(FilterError) -> FilterExpr {
    switch expr.node {
    case .and(let items):
      let translated = try translateAll(items, negated: negated)
      if negated { try requireAIP(expr, "'NOT' over several terms gives an OR") }
      return negated ? FilterExpr.any(translated, span: expr.span) : FilterExpr.all(translated, span: expr.span)
    case .or(let items):
      if !negated { try requireAIP(expr, "OR") }
      let translated = try translateAll(items, negated: negated)
      return negated ? FilterExpr.all(translated, span: expr.span) : FilterExpr.any(translated, span: expr.span)
    case .not(let inner):
      return try translate(inner, negated: !negated)
    case .word(let word):
      throw wordError(word, span: expr.span)
    case .restriction(let restriction):
      return try translate(restriction, negated: negated)
    }
  }

  private func requireAIP(_ expr: FilterExpr, _ construct: String) throws(FilterError) {
    guard dialect == .regex else { return }
    throw FilterError(
      "the API's regex dialect cannot express \(construct)", at: expr.span,
      help: "join the terms with AND only", kind: .untranslatable)
  }

  private mutating func translateAll(_ items: [FilterExpr], negated: Bool) throws(FilterError) -> [FilterExpr] {
    var result: [FilterExpr] = []
    for item in items { result.append(try translate(item, negated: negated)) }
    return result
  }

  private func wordError(_ word: String, span: FilterSpan) -> FilterError {
    if word == "NOT" {
      return FilterError(
        "gcloud reads the second NOT of 'NOT NOT' as a bare word, which the API cannot express", at: span,
        help: "remove the doubled NOT", kind: .untranslatable)
    }
    if ["and", "or", "not"].contains(word.lowercased()) {
      return FilterError(
        "'\(word)' is a bare word in gcloud, not an operator: gcloud keeps only instances with '\(word)' somewhere "
          + "in them, and the API cannot express bare words", at: span,
        help: "write \(word.uppercased()) in upper case", kind: .untranslatable)
    }
    return FilterError(
      "the bare word or function '\(word)' matches anywhere in gcloud and has no Compute API form", at: span,
      help: "compare a specific field, e.g. name:\(word)", kind: .untranslatable)
  }

  private mutating func translate(_ restriction: FilterRestriction, negated: Bool) throws(FilterError) -> FilterExpr {
    let span = restriction.keySpan.through(restriction.operandSpan)
    let term = source.text(span.column - 1, span.column - 1 + span.length)
    let translator = GcloudRestrictionTranslator(restriction: restriction, negated: negated, term: term, span: span)
    let forms = try translator.forms(regexDialect: dialect == .regex)
    if dialect == .regex, forms.count > 1 {
      throw FilterError(
        "the API's regex dialect cannot express the list '\(term)'", at: span,
        help: "use one value per term", kind: .untranslatable)
    }
    for form in forms {
      let fidelity: FilterFidelity = form.reason.map { .approximate(reason: $0) } ?? .exact
      let entry = FilterTermFidelity(span: span, term: term, fidelity: fidelity)
      if terms.last != entry { terms.append(entry) }
    }
    let items = forms.map(\.expr)
    return negated ? FilterExpr.all(items, span: span) : FilterExpr.any(items, span: span)
  }
}
