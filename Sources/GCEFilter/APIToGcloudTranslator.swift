/// Turns a parsed API filter into gcloud syntax: keys verbatim, `eq`/`ne` regexes anchored as
/// `~"^(?:RE)$"`, AIP wildcard strings as `:` patterns, quoted numbers kept quoted.
struct APIToGcloudTranslator {
  /// The API filter being translated, for quoting terms in notes.
  let source: FilterScanner
  /// The fidelity of every translated term, in source order.
  private(set) var terms: [FilterTermFidelity] = []

  init(source: FilterScanner) {
    self.source = source
  }

  /// The gcloud form of `expr`.
  mutating func translate(_ expr: FilterExpr) throws(FilterError) -> FilterExpr {
    switch expr.node {
    case .and(let items): return FilterExpr.all(try translateAll(items), span: expr.span)
    case .or(let items): return FilterExpr.any(try translateAll(items), span: expr.span)
    case .not(let inner): return FilterExpr(.not(try translate(inner)), span: expr.span)
    case .word: return expr
    case .restriction(let restriction): return try translate(restriction)
    }
  }

  private mutating func translateAll(_ items: [FilterExpr]) throws(FilterError) -> [FilterExpr] {
    var result: [FilterExpr] = []
    for item in items { result.append(try translate(item)) }
    return result
  }

  private mutating func translate(_ restriction: FilterRestriction) throws(FilterError) -> FilterExpr {
    let span = restriction.keySpan.through(restriction.operandSpan)
    let term = source.text(span.column - 1, span.column - 1 + span.length)
    let traits = FilterFieldTraits(apiPath: restriction.key.path)
    var result = restriction
    var reasons: [String] = []
    var negate = false
    if let field = traits.field, field.isRepeated {
      reasons.append("the Compute API rejects filters on the repeated field '\(field.path)'; only gcloud evaluates it")
    }
    if let field = traits.field, field.isURL, restriction.op != .has || restriction.operand != .presence {
      reasons.append("'\(field.path)' holds a full URL that the API compares as is; gcloud treats it more loosely")
    }
    switch restriction.operand {
    case .presence:
      break
    case .list:
      throw FilterError(
        "a list operand is not Compute API syntax", at: restriction.operandSpan,
        help: "write one restriction per value joined with OR", kind: .syntax)
    case .value(let value):
      if restriction.op.isAPIRegex {
        result.op = restriction.op == .regexEqual ? .regexSearch : .regexNotSearch
        result.operand = .value(FilterValue("^(?:" + value.text + ")$", quoted: true))
        if let construct = Self.re2OnlyConstruct(in: value.text) {
          reasons.append("the RE2 construct '\(construct)' is not read the same way by gcloud's Python regexes")
        }
      } else if let pattern = try wildcardPattern(restriction, value) {
        result.op = .has
        result.operand = .value(FilterValue(pattern, quoted: false))
        negate = restriction.op == .notEqual
        reasons.append(FilterFieldTraits.patternCaseDifference)
      } else {
        result.operand = .value(FilterValue(value.text, quoted: value.quoted && (value.isNumber || value.isBoolean)))
        if let reason = comparisonReason(restriction.op, value.text, traits: traits) { reasons.append(reason) }
      }
    }
    let fidelity: FilterFidelity = reasons.isEmpty ? .exact : .approximate(reason: reasons.joined(separator: "; "))
    terms.append(FilterTermFidelity(span: span, term: term, fidelity: fidelity))
    let translated = FilterExpr(.restriction(result), span: span)
    return negate ? FilterExpr(.not(translated), span: span) : translated
  }

  /// The gcloud `:` pattern for an AIP wildcard string (`"web-*"`, `"*-test"`), nil when not one.
  private func wildcardPattern(_ restriction: FilterRestriction, _ value: FilterValue) throws(FilterError) -> String? {
    guard [.equal, .notEqual, .has].contains(restriction.op), value.quoted,
      value.text.hasPrefix("*") || value.text.hasSuffix("*"), value.text != "*"
    else { return nil }
    if value.text.filter({ $0 == "*" }).count > 1 {
      throw FilterError(
        "gcloud patterns allow only one '*', so '\(value.text)' cannot be translated", at: restriction.operandSpan,
        help: "use a regex: \(restriction.key.path) eq \".*…\"", kind: .untranslatable)
    }
    return value.text
  }

  /// Why a plain comparison may select different instances in gcloud, nil when it cannot.
  private func comparisonReason(_ op: FilterOperator, _ value: String, traits: FilterFieldTraits) -> String? {
    if op.isOrdering {
      return FilterFieldTraits.orderingDifference
    }
    if op == .has {
      if !traits.enumValues.isEmpty { return traits.enumPatternDifference(value) }
      return "gcloud ':' matches case-insensitively anywhere in the value; the API ':' does not"
    }
    if traits.isLabel, op == .notEqual { return FilterFieldTraits.labelAbsenceDifference }
    return traits.caseDifference(value)
  }

  /// An RE2 construct Python's `re` lacks or reads differently, if the regex has one.
  private static func re2OnlyConstruct(in regex: String) -> String? {
    ["[[:", "\\p", "\\P", "\\Q", "\\E", "\\z", "\\C"].first { regex.contains($0) }
  }
}
