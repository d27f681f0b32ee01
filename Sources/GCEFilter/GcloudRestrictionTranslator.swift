import GCEKnowledge
import GoRegex

/// Translates one gcloud restriction (negated or not) into the Compute API: its AIP-160 form and its
/// regex-dialect (`eq`/`ne`) form, each with the reason it may select other instances than gcloud
/// (nil when exact), or the error saying why that dialect cannot express it.
struct GcloudRestrictionTranslator {
  /// One translated value of a restriction: the API node and why it is approximate (nil: exact).
  struct Form {
    let expr: FilterExpr
    let reason: String?
  }

  /// What a gcloud operator asks for once negation is applied.
  private enum Test: Equatable {
    case equal, notEqual, has, notHas, ordering(FilterOperator), regex, notRegex
  }

  let restriction: FilterRestriction
  let negated: Bool
  /// The restriction as written, for messages.
  let term: String
  let span: FilterSpan

  /// The API forms of every value of the operand (one for a single value, several for a list),
  /// joined with OR (AND under negation) by the caller.
  func forms(regexDialect: Bool) throws(FilterError) -> [Form] {
    let (path, fieldClass, basename) = try target()
    switch restriction.operand {
    case .presence:
      return [try presence(path, fieldClass, regexDialect: regexDialect)]
    case .value(let value):
      return [try form(path, fieldClass, value, basename: basename, regexDialect: regexDialect)]
    case .list(let values):
      var forms: [Form] = []
      for value in values {
        forms.append(try form(path, fieldClass, value, basename: basename, regexDialect: regexDialect))
      }
      return forms
    }
  }

  // MARK: - The field

  /// The API path, its class, and whether gcloud applies `basename()` to it; refuses keys the API lacks.
  private func target() throws(FilterError) -> (String, FilterFieldClass, Bool) {
    let key = restriction.key
    if key.parts.contains(where: { !$0.indexes.isEmpty }) {
      throw refusal(
        "the Compute API cannot address list elements ('[…]')", at: restriction.keySpan,
        help: "filter on the list with relabel_configs after discovery")
    }
    let names = key.parts.map(\.name)
    if names == ["labels"] {
      throw refusal(
        "'\(term)' matches any label key or value in gcloud, which the Compute API cannot express",
        at: span, help: "name the label: labels.KEY:* for a key, labels.KEY=VALUE for a value")
    }
    let path: String
    if names.count > 1, names[0] == "labels" {
      let labelKey = names.dropFirst().joined(separator: ".")
      if labelKey.contains(".") || labelKey.isEmpty {
        throw refusal(
          "GCE label keys cannot contain '.', so '\(key.path)' has no Compute API form", at: restriction.keySpan,
          help: "use the label's real key")
      }
      // gcloud finds `cost_center` for `costCenter`; GCE label keys are always lower case.
      path = "labels." + (labelKey == labelKey.lowercased() ? labelKey : GcloudKeyCase.snakeCase(labelKey))
    } else {
      path = InstanceFieldCatalogue.apiPath(fromGcloud: names.joined(separator: "."))
    }
    let traits = FilterFieldTraits(apiPath: path)
    if names.count > 1, names[0] == "metadata", traits.field == nil {
      throw refusal(
        "gcloud reads '\(key.path)' from metadata.items, a repeated field the Compute API cannot filter on",
        at: restriction.keySpan, help: "drop this term and select instances with relabel_configs instead")
    }
    if let field = traits.field, field.isRepeated {
      throw refusal(
        "'\(path)' is a repeated field, and the Compute API rejects filters on repeated fields",
        at: restriction.keySpan, help: "drop this term and select instances with relabel_configs instead")
    }
    let fieldClass = FilterFieldClass(traits, path: path)
    if let transform = key.transform {
      guard transform == "basename()", fieldClass == .url else {
        throw refusal(
          "the transform '.\(transform)' runs only in gcloud; the Compute API cannot apply it",
          at: restriction.keySpan, help: "compare the field's full value instead")
      }
      return (path, fieldClass, true)
    }
    return (path, fieldClass, false)
  }

  // MARK: - Presence

  private func presence(_ path: String, _ fieldClass: FilterFieldClass, regexDialect: Bool) throws(FilterError) -> Form {
    let htmlReason = path == "description" ? "gcloud ignores HTML tags and line breaks when testing presence" : nil
    if regexDialect {
      let reason: String?
      switch fieldClass {
      case .boolean, .integer: reason = FilterFieldTraits.missingDefaultKept
      case .label where negated: reason = FilterFieldTraits.labelAbsenceDifference
      default: reason = htmlReason
      }
      return regexForm(path, "(?s).+", reason: reason)
    }
    let present = FilterExpr(restriction(path, .has, .presence))
    return Form(expr: negated ? FilterExpr(.not(present), span: span) : present, reason: htmlReason)
  }

  // MARK: - One value

  private func test(_ value: FilterValue) -> Test {
    switch restriction.op {
    case .equal: return negated ? .notEqual : .equal
    case .notEqual: return negated ? .equal : .notEqual
    case .has where value.text == "*": return negated ? .notHas : .has
    case .has: return negated ? .notHas : .has
    case .regexSearch, .regexEqual: return negated ? .notRegex : .regex
    case .regexNotSearch, .regexNotEqual: return negated ? .regex : .notRegex
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      return .ordering(negated ? restriction.op.negated ?? restriction.op : restriction.op)
    }
  }

  private func form(
    _ path: String, _ fieldClass: FilterFieldClass, _ value: FilterValue, basename: Bool, regexDialect: Bool
  ) throws(FilterError) -> Form {
    if restriction.op == .has, value.text == "*" {
      return try presence(path, fieldClass, regexDialect: regexDialect)
    }
    let test = test(value)
    if test == .regex || test == .notRegex {
      return try regexSearch(path, fieldClass, value.text, positive: test == .regex, regexDialect: regexDialect)
    }
    if basename && !regexDialect {
      throw refusal(
        "'\(term)' compares the last part of a URL, which AIP-160 cannot express", at: span,
        help: "the API's regex dialect can, but not combined with the rest of this filter")
    }
    if regexDialect {
      return try regexWord(path, fieldClass, value.text, test: test, basename: basename)
    }
    return try aipWord(path, fieldClass, value, test: test)
  }

  // MARK: - AIP-160

  /// `=`, `!=`, `:` and ordering in the AIP-160 dialect.
  private func aipWord(_ path: String, _ fieldClass: FilterFieldClass, _ value: FilterValue, test: Test)
    throws(FilterError) -> Form
  {
    let text = value.text
    if text.contains("\"") || text.contains("\\") {
      throw refusal(
        "values containing '\"' or '\\' cannot be written safely in an AIP-160 API filter",
        at: restriction.operandSpan, help: "match a part of the value without those characters")
    }
    if case .ordering(let op) = test {
      let reason =
        fieldClass == .timestamp
        ? FilterFieldTraits.timestampDifference : FilterFieldTraits.orderingReason(fieldClass, text, op)
      return Form(expr: FilterExpr(restriction(path, op, .value(apiValue(value, fieldClass)))), reason: reason)
    }
    let positive = test == .equal || test == .has
    let stars = text.filter { $0 == "*" }.count
    if (test == .equal || test == .notEqual) && stars > 0 {
      throw refusal(
        "'*' is a literal character in gcloud '\(restriction.op.rawValue)' but a wildcard in the API",
        at: restriction.operandSpan, help: "use ':' for a prefix or suffix pattern")
    }
    if test == .has || test == .notHas {
      return try aipHas(path, fieldClass, value, positive: positive, isPattern: stars > 0)
    }
    return try aipEquality(path, fieldClass, value, positive: positive)
  }

  private func aipEquality(_ path: String, _ fieldClass: FilterFieldClass, _ value: FilterValue, positive: Bool)
    throws(FilterError) -> Form
  {
    let text = value.text
    let op: FilterOperator = positive ? .equal : .notEqual
    switch fieldClass {
    case .label:
      if text.isEmpty {
        // gcloud's `labels.k=""` keeps instances without the label or with an empty value: not present.
        let present = FilterExpr(restriction(path, .has, .presence))
        return Form(expr: positive ? FilterExpr(.not(present), span: span) : present, reason: nil)
      }
      let expr = FilterExpr(restriction(path, op, .value(FilterValue(text.lowercased(), quoted: true))))
      return Form(expr: expr, reason: labelReason(text, positive: positive))
    case .enumeration(let values):
      let upper = GcloudSearchText.normalized(text, html: false).uppercased()
      let reason = values.contains(upper) ? nil : "'\(text)' is not a value of this enum, so the API matches nothing"
      return Form(expr: FilterExpr(restriction(path, op, .value(FilterValue(upper, quoted: true)))), reason: reason)
    case .boolean, .integer:
      return scalarEquality(path, fieldClass, value, positive: positive)
    case .name:
      let folded = GcloudSearchText.normalized(text, html: false)
      return Form(expr: FilterExpr(restriction(path, op, .value(FilterValue(folded, quoted: true)))), reason: nil)
    case .url:
      guard text.contains("/") else { throw urlShortName(path, text) }
      return Form(
        expr: FilterExpr(restriction(path, op, .value(FilterValue(text, quoted: true)))),
        reason: FilterFieldTraits.textDifference)
    case .timestamp:
      return Form(
        expr: FilterExpr(restriction(path, op, .value(FilterValue(text, quoted: true)))),
        reason: FilterFieldTraits.timestampDifference)
    case .text:
      return Form(
        expr: FilterExpr(restriction(path, op, .value(apiValue(value, fieldClass)))),
        reason: FilterFieldTraits.textDifference)
    }
  }

  /// `=`/`!=` on a boolean or integer field, which both sides compare by value; a missing field is
  /// null for gcloud and its default (false, 0) for the API.
  private func scalarEquality(_ path: String, _ fieldClass: FilterFieldClass, _ value: FilterValue, positive: Bool)
    -> Form
  {
    let op: FilterOperator = positive ? .equal : .notEqual
    guard let number = Self.number(value.text) else {
      return Form(
        expr: FilterExpr(restriction(path, op, .value(apiValue(value, fieldClass)))),
        reason: "'\(value.text)' is not a \(fieldClass == .boolean ? "boolean" : "number"), so gcloud compares it as text")
    }
    let isDefault = number.compare(PythonNumber(0)) == 0
    let written: FilterValue
    if fieldClass == .boolean, number.compare(PythonNumber(1)) == 0 || isDefault {
      written = FilterValue(isDefault ? "false" : "true", quoted: false)
    } else {
      written = FilterValue(number.wordText, quoted: false)
    }
    let reason =
      isDefault ? (positive ? FilterFieldTraits.missingDefaultSkipped : FilterFieldTraits.missingDefaultKept) : nil
    return Form(expr: FilterExpr(restriction(path, op, .value(written))), reason: reason)
  }

  /// `:` (and its negation) in the AIP dialect.
  private func aipHas(_ path: String, _ fieldClass: FilterFieldClass, _ value: FilterValue, positive: Bool, isPattern: Bool)
    throws(FilterError) -> Form
  {
    let text = value.text
    if case .enumeration(let values) = fieldClass {
      return enumHas(path, values, text, positive: positive)
    }
    if fieldClass == .boolean || fieldClass == .integer {
      let form = scalarEquality(path, fieldClass, value, positive: positive)
      return fieldClass == .integer && Self.number(text) != nil
        ? Form(expr: form.expr, reason: "gcloud ':' on a number also matches its digits anywhere (12 for 2)") : form
    }
    if text.isEmpty {
      throw refusal(
        "gcloud's '\(term)' keeps nearly every instance (any value with a letter or digit, and a missing one)",
        at: span, help: "drop the term, or test presence with :*")
    }
    if isPattern {
      let parts = text.split(separator: "*", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[0].isEmpty || parts[1].isEmpty else {
        throw refusal(
          "only a leading or trailing '*' pattern can be expressed in AIP-160", at: restriction.operandSpan,
          help: "use a prefix (web*) or suffix (*-prod) pattern")
      }
    }
    if fieldClass == .url {
      throw refusal(
        "gcloud ':' matches part of the URL in '\(path)', which AIP-160 cannot express", at: span,
        help: "the API's regex dialect can, but not combined with the rest of this filter")
    }
    let lowered = fieldClass == .label || fieldClass == .name ? GcloudSearchText.normalized(text, html: false) : text
    let reason: String?
    switch fieldClass {
    case .name: reason = isPattern ? nil : FilterFieldTraits.substringDifference
    case .label: reason = isPattern ? FilterFieldTraits.accentDifference : FilterFieldTraits.substringDifference
    case .timestamp: reason = FilterFieldTraits.timestampDifference
    default: reason = isPattern ? FilterFieldTraits.patternCaseDifference : FilterFieldTraits.substringDifference
    }
    let op: FilterOperator = isPattern ? .has : .equal
    let expr = FilterExpr(restriction(path, op, .value(FilterValue(lowered, quoted: true))))
    return Form(expr: positive ? expr : FilterExpr(.not(expr), span: span), reason: reason)
  }

  /// gcloud `:` on an enum: the enum values it matches, as an OR of equalities.
  private func enumHas(_ path: String, _ values: [String], _ text: String, positive: Bool) -> Form {
    let pattern = GcloudWordMatch(operand: text, isHas: true, matchesLastSegment: false)
    let matching = values.filter { pattern.matches(.string($0)) }
    let op: FilterOperator = positive ? .equal : .notEqual
    guard !matching.isEmpty else {
      let upper = GcloudSearchText.normalized(text, html: false).uppercased()
      return Form(
        expr: FilterExpr(restriction(path, op, .value(FilterValue(upper, quoted: true)))),
        reason: "no value of this enum matches '\(text)', so neither side matches anything")
    }
    let items = matching.map { FilterExpr(restriction(path, op, .value(FilterValue($0, quoted: true)))) }
    return Form(expr: positive ? FilterExpr.any(items, span: span) : FilterExpr.all(items, span: span), reason: nil)
  }

  // MARK: - The regex dialect

  /// `=`, `!=` and `:` written as a whole-value RE2 match.
  private func regexWord(_ path: String, _ fieldClass: FilterFieldClass, _ text: String, test: Test, basename: Bool)
    throws(FilterError) -> Form
  {
    guard test == .equal || test == .notEqual || test == .has || test == .notHas else {
      throw refusal(
        "'\(term)' has no form in the API's regex dialect", at: span,
        help: "the regex dialect has only eq and ne; drop the term or filter with relabel_configs")
    }
    let positive = test == .equal || test == .has
    let isHas = test == .has || test == .notHas
    if !isHas, text.contains("*") {
      throw refusal(
        "'*' is a literal character in gcloud '\(restriction.op.rawValue)', so '\(term)' keeps only values "
          + "with a '*' in them", at: restriction.operandSpan, help: "use ':' for a prefix or suffix pattern")
    }
    let folded = GcloudSearchText.normalized(text, html: false)
    if isHas, text.isEmpty {
      throw refusal(
        "gcloud's '\(term)' keeps nearly every instance (any value with a letter or digit, and a missing one)",
        at: span, help: "drop the term, or test presence with :*")
    }
    if isHas, text.filter({ $0 == "*" }).count > 1 {
      throw refusal("a ':' pattern may contain only one '*'", at: restriction.operandSpan, help: "use '~'")
    }
    let pattern: String
    var reason: String?
    switch fieldClass {
    case .enumeration(let values):
      let matcher = GcloudWordMatch(operand: text, isHas: isHas, matchesLastSegment: false)
      let matching = values.filter { matcher.matches(.string($0)) }
      pattern = matching.isEmpty ? GoRegex.quoteMeta(folded.uppercased()) : Self.alternation(matching)
      if matching.isEmpty { reason = "no value of this enum matches '\(text)', so neither side matches anything" }
    case .url, .name:
      if basename {
        pattern = "(?:.*/)?" + (isHas ? Self.hasPattern(folded, within: "[^/]*") : GoRegex.quoteMeta(folded))
      } else if isHas {
        let whole = Self.hasPattern(folded, within: ".*")
        let last = ["zone", "region"].contains(path) && folded.contains("*") && !folded.hasPrefix("*")
        pattern = last ? whole + "|(?:.*/)?" + Self.hasPattern(folded, within: "[^/]*") : whole
      } else if fieldClass == .url, !text.contains("/") {
        guard ["zone", "region"].contains(path) else { throw urlShortName(path, text) }
        pattern = "(?:.*/)?" + GoRegex.quoteMeta(folded)
      } else {
        pattern = GoRegex.quoteMeta(folded)
      }
    case .label:
      pattern = isHas ? Self.hasPattern(folded, within: ".*") : GoRegex.quoteMeta(folded)
      reason = labelReason(text, positive: positive) ?? FilterFieldTraits.accentDifference
      if text.isEmpty { reason = "gcloud also keeps instances without the label" }
    case .boolean, .integer:
      guard let number = Self.number(text), !isHas else {
        throw refusal(
          "'\(term)' compares a \(fieldClass == .boolean ? "boolean" : "number") as text, which the regex dialect cannot do",
          at: span, help: "compare with a number or true/false")
      }
      let isDefault = number.compare(PythonNumber(0)) == 0
      let written = fieldClass == .boolean ? (isDefault ? "false" : "true") : number.wordText
      pattern = GoRegex.quoteMeta(written)
      if isDefault { reason = positive ? FilterFieldTraits.missingDefaultSkipped : FilterFieldTraits.missingDefaultKept }
    case .timestamp:
      pattern = isHas ? Self.hasPattern(text, within: ".*") : GoRegex.quoteMeta(text)
      reason = FilterFieldTraits.timestampDifference
    case .text:
      pattern = "(?i)" + (isHas ? Self.hasPattern(text, within: ".*") : GoRegex.quoteMeta(text))
      reason = isHas ? FilterFieldTraits.substringDifference : FilterFieldTraits.textDifference
    }
    return Form(
      expr: FilterExpr(restriction(path, positive ? .regexEqual : .regexNotEqual, .value(FilterValue(pattern, quoted: true)))),
      reason: reason)
  }

  /// gcloud `~`/`!~` (an unanchored Python search) as the API's whole-value `.*(?:RE).*`.
  private func regexSearch(
    _ path: String, _ fieldClass: FilterFieldClass, _ regex: String, positive: Bool, regexDialect: Bool
  ) throws(FilterError) -> Form {
    guard regexDialect else {
      throw refusal(
        "the regex operator '\(restriction.op.rawValue)' has no AIP-160 form, and the API's regex dialect cannot "
          + "express the rest of this filter", at: span,
        help: "keep only terms joined by AND with =, !=, : or ~, or filter with relabel_configs")
    }
    guard let compiled = try? GoRegex(regex) else {
      throw refusal(
        "'\(regex)' is a Python regex that RE2 cannot compile, so the API cannot evaluate it",
        at: restriction.operandSpan, help: "rewrite it without lookaround, backreferences or \\Z")
    }
    var reason: String?
    if fieldClass == .boolean {
      reason = FilterFieldTraits.booleanRegexDifference
    } else if regex.contains("{,") {
      reason = "'{,n}' counts in gcloud's Python regexes but is literal text in RE2"
    } else if let unicode = FilterFieldTraits.unicodeClassDifference(regex, fieldClass) {
      reason = unicode
    } else if fieldClass == .label, compiled.matches("") == positive {
      reason = positive ? FilterFieldTraits.regexMissingDifference : FilterFieldTraits.labelAbsenceDifference
    } else if fieldClass == .integer, compiled.matches("") != compiled.matches("0") {
      reason = "gcloud tests a missing number as '', the API as 0"
    }
    let pattern = ".*(?:" + regex + ").*"
    return Form(
      expr: FilterExpr(restriction(path, positive ? .regexEqual : .regexNotEqual, .value(FilterValue(pattern, quoted: true)))),
      reason: reason)
  }

  /// Why a URL field compared with a short name has no AIP-160 form (and, but for zone and region,
  /// no sound form at all).
  private func urlShortName(_ path: String, _ text: String) -> FilterError {
    guard ["zone", "region"].contains(path) else {
      return refusal(
        "gcloud's '=' compares the whole URL in '\(path)' too, so '\(term)' matches nothing", at: span,
        help: "compare the last part of the URL with ':' instead: \(path):\(text)")
    }
    return refusal(
      "'\(path)' holds a full URL in the API; gcloud compares its last part, which AIP-160 cannot express",
      at: span, help: "the API's regex dialect can, but not combined with the rest of this filter")
  }

  private func regexForm(_ path: String, _ pattern: String, reason: String?) -> Form {
    Form(
      expr: FilterExpr(restriction(path, negated ? .regexNotEqual : .regexEqual, .value(FilterValue(pattern, quoted: true)))),
      reason: reason)
  }

  /// The RE2 for a gcloud `:` operand: `a` anywhere, `a*` a prefix, `*a` a suffix, `a*b` both ends;
  /// `within` is what may surround it (`.*`, or `[^/]*` inside one URL segment).
  private static func hasPattern(_ operand: String, within: String) -> String {
    let parts = operand.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false).map {
      GoRegex.quoteMeta(String($0))
    }
    guard parts.count == 2 else { return within + parts[0] + within }
    if operand.hasPrefix("*") { return within + parts[1] }
    if operand.hasSuffix("*") { return parts[0] + within }
    return parts[0] + within + parts[1]
  }

  private static func alternation(_ values: [String]) -> String {
    values.count == 1 ? GoRegex.quoteMeta(values[0]) : "(?:" + values.map(GoRegex.quoteMeta).joined(separator: "|") + ")"
  }

  // MARK: - Helpers

  /// Why gcloud's `=`/`!=` on a label may select other instances than the API's; nil when it cannot.
  private func labelReason(_ text: String, positive: Bool) -> String? {
    var reasons: [String] = []
    if !positive { reasons.append(FilterFieldTraits.labelAbsenceDifference) }
    if Self.number(text) != nil {
      reasons.append(FilterFieldTraits.numericDifference)
    } else if text.lowercased() == "null" {
      reasons.append("gcloud reads a missing label as null, so it also \(positive ? "keeps" : "drops") instances without it")
    } else if text.contains(where: \.isLetter) {
      reasons.append(FilterFieldTraits.accentDifference)
    }
    return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
  }

  /// The number gcloud reads from an operand: true/false as 1/0, else Python's int() or float().
  static func number(_ text: String) -> PythonNumber? {
    switch text.lowercased() {
    case "true": return PythonNumber(1)
    case "false": return PythonNumber(0)
    default: return PythonNumber(text: text)
    }
  }

  /// The value as the API should read it: labels and strings quoted, numbers and booleans bare
  /// unless they were quoted in gcloud.
  private func apiValue(_ value: FilterValue, _ fieldClass: FilterFieldClass) -> FilterValue {
    if fieldClass == .label || value.quoted { return FilterValue(value.text, quoted: true) }
    if value.isBoolean { return FilterValue(value.text.lowercased(), quoted: false) }
    return FilterValue(value.text, quoted: !value.isNumber)
  }

  private func restriction(_ path: String, _ op: FilterOperator, _ operand: FilterOperand) -> FilterRestriction {
    FilterRestriction(
      key: FilterKey(path: path), op: op, operand: operand, keySpan: restriction.keySpan,
      operandSpan: restriction.operandSpan)
  }

  private func refusal(_ problem: String, at span: FilterSpan, help: String) -> FilterError {
    FilterError(problem, at: span, help: help, kind: .untranslatable)
  }
}
