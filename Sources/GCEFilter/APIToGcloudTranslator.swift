import GCEKnowledge
import GoRegex

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
    // A regex is a plain search on the URL for gcloud too; only '=' and '!=' with a short zone or region
    // name differ, since gcloud also compares the URL's last part.
    if let field = traits.field, field.isURL, restriction.op == .equal || restriction.op == .notEqual,
      let value = restriction.value, !value.text.contains("/"), ["zone", "region"].contains(field.path)
    {
      reasons.append("gcloud also compares the last part of the URL in '\(field.path)', the API only the full URL")
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
        if let reason = regexReason(
          value.text, negated: restriction.op == .regexNotEqual, traits: traits, path: restriction.key.path) {
          reasons.append(reason)
        }
      } else if let pattern = try wildcardPattern(restriction, value) {
        result.op = .has
        result.operand = .value(FilterValue(pattern, quoted: false))
        negate = restriction.op == .notEqual
        if let reason = patternReason(pattern, traits: traits, path: restriction.key.path) { reasons.append(reason) }
      } else {
        result.operand = .value(FilterValue(value.text, quoted: value.quoted && (value.isNumber || value.isBoolean)))
        let fieldClass = FilterFieldClass(traits, path: restriction.key.path)
        if let reason = comparisonReason(restriction.op, value.text, traits: traits, fieldClass: fieldClass) {
          reasons.append(reason)
        }
      }
    }
    let fidelity: FilterFidelity = reasons.isEmpty ? .exact : .approximate(reason: reasons.joined(separator: "; "))
    terms.append(FilterTermFidelity(span: span, term: term, fidelity: fidelity))
    let translated = FilterExpr(.restriction(result), span: span)
    return negate ? FilterExpr(.not(translated), span: span) : translated
  }

  /// The gcloud `:` pattern for an AIP wildcard string (`"web-*"`, `"*-test"`), nil when not one.
  private func wildcardPattern(_ restriction: FilterRestriction, _ value: FilterValue) throws(FilterError) -> String? {
    // The API reads `*` as a wildcard quoted or not (`name=api-*` and `name="api-*"` alike); gcloud's '='
    // would read it literally, so both become a ':' pattern.
    guard [.equal, .notEqual, .has].contains(restriction.op),
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
  private func comparisonReason(
    _ op: FilterOperator, _ value: String, traits: FilterFieldTraits, fieldClass: FilterFieldClass
  ) -> String? {
    if op.isOrdering {
      return fieldClass == .timestamp
        ? FilterFieldTraits.timestampDifference : FilterFieldTraits.orderingReason(fieldClass, value, op)
    }
    if op == .has {
      if !traits.enumValues.isEmpty { return traits.enumPatternDifference(value) }
      return "gcloud ':' matches case-insensitively anywhere in the value; the API ':' does not"
    }
    let positive = op == .equal
    switch fieldClass {
    case .label:
      if value.isEmpty { return positive ? "gcloud also keeps instances without the label" : nil }
      var reasons: [String] = []
      if !positive { reasons.append(FilterFieldTraits.labelAbsenceDifference) }
      if GcloudRestrictionTranslator.number(value) != nil {
        reasons.append(FilterFieldTraits.numericDifference)
      } else if value != value.lowercased() {
        reasons.append("gcloud ignores case, and label values are lower case, so the API matches nothing")
      } else if value.contains(where: \.isLetter) {
        reasons.append(FilterFieldTraits.accentDifference)
      }
      return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    case .boolean, .integer:
      guard let number = GcloudRestrictionTranslator.number(value) else {
        return "'\(value)' is not a \(fieldClass == .boolean ? "boolean" : "number"), so gcloud compares it as text"
      }
      guard number.compare(PythonNumber(0)) == 0 else { return nil }
      return positive ? FilterFieldTraits.missingDefaultSkipped : FilterFieldTraits.missingDefaultKept
    case .timestamp:
      return FilterFieldTraits.timestampDifference
    case .text:
      return FilterFieldTraits.textDifference
    case .name, .url:
      return value == value.lowercased() ? nil : "gcloud ignores case, and these values are lower case, so the API matches nothing"
    case .enumeration:
      return traits.enumValueDifference(value)
    }
  }

  /// Why a gcloud `:` pattern may differ from the API wildcard it replaces, nil when it cannot.
  private func patternReason(_ pattern: String, traits: FilterFieldTraits, path: String) -> String? {
    switch FilterFieldClass(traits, path: path) {
    case .name: return pattern == pattern.lowercased() ? nil : FilterFieldTraits.patternCaseDifference
    case .enumeration: return pattern == pattern.uppercased() ? nil : FilterFieldTraits.patternCaseDifference
    case .label: return FilterFieldTraits.accentDifference
    default: return FilterFieldTraits.patternCaseDifference
    }
  }

  /// Why `~"^(?:RE)$"` may select other instances than the API's `eq RE`, nil when it cannot.
  private func regexReason(_ regex: String, negated: Bool, traits: FilterFieldTraits, path: String) -> String? {
    if let construct = Self.re2OnlyConstruct(in: regex) {
      return "the RE2 construct '\(construct)' is not read the same way by gcloud's Python regexes"
    }
    if let reason = FilterFieldTraits.unicodeClassDifference(regex, FilterFieldClass(traits, path: path)) {
      return reason
    }
    if traits.field?.kind == .boolean { return FilterFieldTraits.booleanRegexDifference }
    guard traits.isLabel, let compiled = try? GoRegex("^(?:" + regex + ")$") else { return nil }
    // A missing label: the API's eq and ne both fail; gcloud tests it as ''.
    guard compiled.matches("") != negated else { return nil }
    return negated ? FilterFieldTraits.labelAbsenceDifference : FilterFieldTraits.regexMissingDifference
  }

  /// An RE2 construct Python's `re` lacks or reads differently, if the regex has one.
  private static func re2OnlyConstruct(in regex: String) -> String? {
    ["[[:", "\\p", "\\P", "\\Q", "\\E", "\\z", "\\C"].first { regex.contains($0) }
  }
}
