import GCEKnowledge

/// Turns a parsed gcloud filter into the Compute API's AIP-160 dialect: negations pushed down,
/// list operands expanded to OR, keys in camelCase, enum values upper-cased, values quoted as the
/// API expects; refuses what the API cannot express (regexes, repeated fields, negated presence,
/// transforms, bare words, URL fields compared to a short name).
struct GcloudToAPITranslator {
  /// The gcloud filter being translated, for quoting terms in notes.
  let source: FilterScanner
  /// The fidelity of every translated term, in source order.
  private(set) var terms: [FilterTermFidelity] = []

  init(source: FilterScanner) {
    self.source = source
  }

  /// The API form of `expr`, negated when `negated` is true.
  mutating func translate(_ expr: FilterExpr, negated: Bool = false) throws(FilterError) -> FilterExpr {
    switch expr.node {
    case .and(let items):
      let translated = try translateAll(items, negated: negated)
      return negated ? FilterExpr.any(translated, span: expr.span) : FilterExpr.all(translated, span: expr.span)
    case .or(let items):
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
        "'\(word)' is a bare word in gcloud, not an operator, and the API cannot express bare words", at: span,
        help: "write \(word.uppercased()) in upper case", kind: .untranslatable)
    }
    return FilterError(
      "the bare word or function '\(word)' matches anywhere in gcloud and has no Compute API form", at: span,
      help: "compare a specific field, e.g. name:\(word)", kind: .untranslatable)
  }

  private mutating func translate(_ restriction: FilterRestriction, negated: Bool) throws(FilterError) -> FilterExpr {
    let span = restriction.keySpan.through(restriction.operandSpan)
    try checkKey(restriction)
    let path = InstanceFieldCatalogue.apiPath(fromGcloud: restriction.key.path)
    let traits = FilterFieldTraits(apiPath: path)
    try checkField(traits, path: path, restriction: restriction)
    let term = source.text(span.column - 1, span.column - 1 + span.length)
    switch restriction.operand {
    case .presence:
      if negated {
        throw FilterError(
          "negated presence ('\(term)' under NOT or '-') has no Compute API form", at: span,
          help: absenceHelp(traits),
          kind: .untranslatable)
      }
      record(span, term, nil)
      return FilterExpr(.restriction(apiRestriction(path, .has, .presence, from: restriction)), span: span)
    case .value(let value):
      let (op, apiValue, reason) = try translateComparison(
        restriction.op, value, traits: traits, negated: negated, spans: (span, restriction.operandSpan), term: term)
      record(span, term, reason)
      return FilterExpr(.restriction(apiRestriction(path, op, .value(apiValue), from: restriction)), span: span)
    case .list(let values):
      var items: [FilterExpr] = []
      for value in values {
        let (op, apiValue, reason) = try translateComparison(
          restriction.op, value, traits: traits, negated: negated, spans: (span, restriction.operandSpan), term: term)
        record(span, term, reason)
        items.append(
          FilterExpr(.restriction(apiRestriction(path, op, .value(apiValue), from: restriction)), span: span))
      }
      return negated ? FilterExpr.all(items, span: span) : FilterExpr.any(items, span: span)
    }
  }

  /// How to select instances lacking a label or field without the filter: a relabel rule.
  private func absenceHelp(_ traits: FilterFieldTraits) -> String {
    guard case .label(let key) = traits.lookup else {
      return "drop the term and select these instances with relabel_configs instead"
    }
    let sanitized = String(
      key.unicodeScalars.map {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_"
      })
    return "drop the term and add a relabel rule instead: "
      + "{action: drop, source_labels: [__meta_gce_label_\(sanitized)], regex: .+}"
  }

  private func apiRestriction(
    _ path: String, _ op: FilterOperator, _ operand: FilterOperand, from original: FilterRestriction
  ) -> FilterRestriction {
    FilterRestriction(
      key: FilterKey(path: path), op: op, operand: operand, keySpan: original.keySpan,
      operandSpan: original.operandSpan)
  }

  private mutating func record(_ span: FilterSpan, _ term: String, _ reason: String?) {
    let fidelity: FilterFidelity = reason.map { .approximate(reason: $0) } ?? .exact
    let entry = FilterTermFidelity(span: span, term: term, fidelity: fidelity)
    if terms.last != entry { terms.append(entry) }
  }

  private func checkKey(_ restriction: FilterRestriction) throws(FilterError) {
    let key = restriction.key
    if let transform = key.transform {
      throw FilterError(
        "the transform '.\(transform)' runs only in gcloud; the Compute API cannot apply it", at: restriction.keySpan,
        help: "compare the field's full value instead", kind: .untranslatable)
    }
    if key.parts.contains(where: { !$0.indexes.isEmpty }) {
      throw FilterError(
        "the Compute API cannot address list elements ('[…]')", at: restriction.keySpan,
        help: "filter on the list with relabel_configs after discovery", kind: .untranslatable)
    }
    if key.parts.contains(where: \.quoted) {
      throw FilterError(
        "quoted key parts have no Compute API form", at: restriction.keySpan,
        help: "use a key made of letters, digits, '_' and '-'", kind: .untranslatable)
    }
    if restriction.op == .regexSearch || restriction.op == .regexNotSearch {
      throw FilterError(
        "the regex operator '\(restriction.op.rawValue)' has no equivalent in the API's AIP-160 dialect",
        at: restriction.keySpan.through(restriction.operandSpan),
        help: "write the whole filter in the regex dialect (\(key.path) eq \"RE2 matching the whole value\") "
          + "or filter with relabel_configs", kind: .untranslatable)
    }
  }

  private func checkField(_ traits: FilterFieldTraits, path: String, restriction: FilterRestriction)
    throws(FilterError)
  {
    guard let field = traits.field else { return }
    if field.isRepeated {
      throw FilterError(
        "'\(path)' is a repeated field, and the Compute API rejects filters on repeated fields",
        at: restriction.keySpan, help: "drop this term and select instances with relabel_configs instead",
        kind: .untranslatable)
    }
    let values: [FilterValue]
    switch restriction.operand {
    case .value(let value): values = [value]
    case .list(let list): values = list
    case .presence: values = []
    }
    if field.isURL, let short = values.first(where: { !$0.text.contains("/") }) {
      throw FilterError(
        "'\(path)' holds a full URL in the API, so comparing it with the short name '\(short.text)' matches nothing",
        at: restriction.keySpan.through(restriction.operandSpan),
        help:
          "use the regex dialect instead: \(path) eq \".*/\(short.text.replacing("*", with: ".*"))\"",
        kind: .untranslatable)
    }
  }

  /// The API operator, value and approximation reason (nil when exact) of one comparison;
  /// `spans` locate the whole term and its operand for errors.
  private func translateComparison(
    _ op: FilterOperator, _ value: FilterValue, traits: FilterFieldTraits, negated: Bool,
    spans: (term: FilterSpan, operand: FilterSpan), term: String
  ) throws(FilterError) -> (FilterOperator, FilterValue, String?) {
    let span = spans.operand
    if value.text.contains("\"") || value.text.contains("\\") {
      throw FilterError(
        "values containing '\"' or '\\' cannot be written safely in an API filter", at: span,
        help: "match a part of the value without those characters", kind: .untranslatable)
    }
    let stars = value.text.filter { $0 == "*" }.count
    let isPattern = stars > 0 && !value.quoted
    if op == .has {
      return try translateHas(value, traits: traits, negated: negated, isPattern: isPattern, spans: spans, term: term)
    }
    if stars > 0 {
      throw FilterError(
        "'*' is a literal character in gcloud '\(op.rawValue)' but a wildcard in the API", at: span,
        help: "use ':' for a prefix or suffix pattern", kind: .untranslatable)
    }
    let apiOp = negated ? op.negated ?? op : op
    let reason: String?
    if op.isOrdering {
      reason = FilterFieldTraits.orderingDifference
    } else if traits.isLabel && apiOp == .notEqual {
      reason = FilterFieldTraits.labelAbsenceDifference
    } else {
      reason = traits.caseDifference(value.text)
    }
    return (apiOp, apiValue(value, traits: traits), reason)
  }

  private func translateHas(
    _ value: FilterValue, traits: FilterFieldTraits, negated: Bool, isPattern: Bool,
    spans: (term: FilterSpan, operand: FilterSpan), term: String
  ) throws(FilterError) -> (FilterOperator, FilterValue, String?) {
    let isEnum = !traits.enumValues.isEmpty
    if negated && !isEnum {
      throw FilterError(
        "a negated ':' match ('\(term)') has no Compute API form", at: spans.term,
        help: "use != for an exact value, or drop instances with relabel_configs", kind: .untranslatable)
    }
    if isPattern {
      if negated || value.text.dropFirst().dropLast().contains("*") {
        throw FilterError(
          "only a leading or trailing '*' pattern can be expressed in the API", at: spans.operand,
          help: "use a prefix (web*) or suffix (*-prod) pattern", kind: .untranslatable)
      }
      let text = isEnum ? value.text.uppercased() : value.text
      return (.has, FilterValue(text, quoted: true), FilterFieldTraits.patternCaseDifference)
    }
    if isEnum {
      return (negated ? .notEqual : .equal, apiValue(value, traits: traits), traits.enumPatternDifference(value.text))
    }
    return (
      .equal, apiValue(value, traits: traits),
      "gcloud ':' matches case-insensitively anywhere in the value; the API '=' matches the whole value"
    )
  }

  /// The value as the API should read it: enums upper-cased, labels and strings quoted, numbers and
  /// booleans bare unless they were quoted in gcloud.
  private func apiValue(_ value: FilterValue, traits: FilterFieldTraits) -> FilterValue {
    if !traits.enumValues.isEmpty { return FilterValue(value.text.uppercased(), quoted: true) }
    if traits.isLabel || value.quoted { return FilterValue(value.text, quoted: true) }
    if value.isBoolean { return FilterValue(value.text.lowercased(), quoted: false) }
    return FilterValue(value.text, quoted: !value.isNumber)
  }
}
