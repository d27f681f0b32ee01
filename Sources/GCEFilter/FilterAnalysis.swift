import SDCore
import GCEKnowledge

/// Checks a Compute API filter for mistakes the API reports only as HTTP 400 or as an empty
/// result: gcloud syntax, mixed dialects, unknown fields, invalid enum values, upper-case label
/// keys, URL fields compared with short names, and repeated fields.
package enum FilterAnalysis {
  /// Every finding in `text`, in source order; empty when the filter looks right.
  package static func findings(in text: String) -> [FilterFinding] {
    analyze(text).findings
  }

  /// The parsed tree of `text` (nil when it does not parse) with every finding, parsing the text once.
  package static func analyze(_ text: String) -> (expr: FilterExpr?, findings: [FilterFinding]) {
    let analysis = examine(text)
    return (analysis.expr, analysis.findings)
  }

  /// The parsed tree of `text` and its restrictions (both nil when it does not parse) with every finding,
  /// parsing the text and gathering its restrictions once.
  package static func examine(_ text: String) -> (
    expr: FilterExpr?, restrictions: [FilterRestriction]?, findings: [FilterFinding]
  ) {
    examine(text, buildingTree: true)
  }

  /// `examine(_:)` without the tree, for callers that read only the restrictions and findings: building
  /// and freeing the tree's nodes costs more than reading the filter.
  package static func restrictionsAndFindings(in text: String) -> (
    restrictions: [FilterRestriction]?, findings: [FilterFinding]
  ) {
    let (_, restrictions, findings) = examine(text, buildingTree: false)
    return (restrictions, findings)
  }

  private static func examine(_ text: String, buildingTree: Bool) -> (
    expr: FilterExpr?, restrictions: [FilterRestriction]?, findings: [FilterFinding]
  ) {
    var parser = APIFilterParser(text, buildsTree: buildingTree)
    let expr: FilterExpr
    do {
      expr = try parser.parse()
    } catch {
      return (nil, nil, [syntaxFinding(error, text: text)])
    }
    // The parser gathered the restrictions as it read them, so the tree is not walked again.
    let restrictions = parser.restrictions
    return (buildingTree ? expr : nil, restrictions, restrictions.compactMap(restrictionFinding))
  }

  private static func syntaxFinding(_ error: FilterError, text: String) -> FilterFinding {
    switch error.kind {
    case .mixedDialects:
      return FilterFinding(
        kind: .mixedDialects, span: errorSpan(error), message: error.message, help: error.help, replacement: nil)
    case .regexWithLogic:
      return FilterFinding(
        kind: .regexWithLogic, span: errorSpan(error), message: error.message, help: error.help,
        replacement: regexSequence(text))
    case .syntax, .untranslatable:
      break
    }
    let whole = FilterSpan(column: 1, length: text.unicodeScalars.count)
    switch GcloudFilter.check(text) {
    case .translatable(let translation):
      let caveat = translation.isExact ? "" : " (approximate: \(translation.approximations[0].reason))"
      return FilterFinding(
        kind: .gcloudSyntax, span: whole,
        message: "this filter is written in gcloud syntax, which the Compute API rejects",
        help: "write it in API syntax: \(translation.text)\(caveat)", replacement: translation.text)
    case .untranslatable(let reason):
      return FilterFinding(
        kind: .gcloudSyntax, span: errorSpan(reason),
        message: "this filter is written in gcloud syntax: \(reason.message)",
        help: reason.help, replacement: nil)
    case .notGcloud:
      return FilterFinding(
        kind: .syntax, span: errorSpan(error), message: error.message, help: error.help, replacement: nil)
    }
  }

  private static func errorSpan(_ error: FilterError) -> FilterSpan {
    FilterSpan(column: error.column, length: error.length)
  }

  /// `(a eq x)(b eq y)` for a regex filter joined with AND, nil when it used anything else.
  private static func regexSequence(_ text: String) -> String? {
    var parser = APIFilterParser(text, checksRegexDialect: false)
    guard let expr = try? parser.parse(), isRegexConjunction(expr) else { return nil }
    return APIFilter.print(expr)
  }

  private static func isRegexConjunction(_ expr: FilterExpr) -> Bool {
    switch expr.node {
    case .restriction(let restriction): return restriction.op.isAPIRegex
    case .and(let items): return items.allSatisfy(isRegexConjunction)
    default: return false
    }
  }

  /// What an API key names: its parts settle `labels.KEY` without joining them into a path.
  private static func lookup(_ key: FilterKey) -> InstanceFieldLookup {
    // API key parts never hold dots or are empty, so this is `lookup`'s `labels.` prefix test.
    guard key.parts.count > 1, key.parts[0].name == "labels" else { return InstanceFieldCatalogue.lookup(key.path) }
    if key.parts.count == 2 { return .label(key: key.parts[1].name) }
    return .label(key: key.parts.dropFirst().map(\.name).joined(separator: "."))
  }

  /// True when `key` has a letter that lower-casing changes, skipping the case mapping for lower-case ASCII.
  private static func changesWhenLowercased(_ key: String) -> Bool {
    let mayChange =
      key.utf8.withContiguousStorageIfAvailable {
        $0.contains { $0 >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
      } ?? true
    return mayChange && key != key.lowercased()
  }

  private static func restrictionFinding(_ restriction: FilterRestriction) -> FilterFinding? {
    switch lookup(restriction.key) {
    case .label(let key):
      guard changesWhenLowercased(key) else { return nil }
      let path = restriction.key.path
      return FilterFinding(
        kind: .uppercaseLabelKey, span: restriction.keySpan,
        message: "GCE label keys are always lower case, so '\(path)' never matches",
        help: "write 'labels.\(key.lowercased())'", replacement: "labels.\(key.lowercased())")
    case .unknown:
      return unknownFieldFinding(restriction)
    case .field(let field):
      return fieldFinding(field, restriction)
    }
  }

  private static func unknownFieldFinding(_ restriction: FilterRestriction) -> FilterFinding {
    let path = restriction.key.path
    let camel = InstanceFieldCatalogue.apiPath(fromGcloud: path)
    let suggestion: String?
    if case .field = InstanceFieldCatalogue.lookup(camel) {
      suggestion = camel
    } else {
      suggestion = Suggestions.nearest(to: path, in: InstanceFieldCatalogue.filterPaths).first
    }
    return FilterFinding(
      kind: .unknownField, span: restriction.keySpan,
      message: "'\(path)' is not a field of a Compute Engine instance",
      help: suggestion.map { "did you mean '\($0)'?" }, replacement: suggestion)
  }

  private static func fieldFinding(_ field: InstanceField, _ restriction: FilterRestriction) -> FilterFinding? {
    if field.isRepeated {
      return FilterFinding(
        kind: .repeatedField, span: restriction.keySpan,
        message: "'\(field.path)' is a repeated field, and the Compute API rejects filters on repeated fields",
        help: "drop this term and select instances with relabel_configs instead", replacement: nil)
    }
    guard let value = restriction.value, !restriction.op.isAPIRegex, !restriction.op.isOrdering else { return nil }
    if field.isURL, !value.text.containsByte(UInt8(ascii: "/")) {
      let help =
        field.path == "zone"
        ? "remove this term: each gce_sd_configs entry already lists one zone"
        : "compare with the full URL, or use the regex dialect: \(field.path) eq \".*/\(value.text)\""
      return FilterFinding(
        kind: .urlFieldShortName, span: restriction.keySpan.through(restriction.operandSpan),
        message: "'\(field.path)' holds a full URL, so comparing it with '\(value.text)' matches nothing",
        help: help, replacement: nil)
    }
    guard field.isEnum, !value.text.containsByte(UInt8(ascii: "*")), !field.enumValues.contains(value.text) else {
      return nil
    }
    let upper = value.text.uppercased()
    let suggestion =
      field.enumValues.contains(upper) ? upper : Suggestions.nearest(to: upper, in: field.enumValues).first
    let negated = restriction.op == .notEqual
    var finding = FilterFinding(
      kind: .invalidEnumValue, span: restriction.operandSpan,
      message: "'\(value.text)' is not a value of '\(field.path)', so "
        + (negated ? "this term excludes nothing" : "the filter matches nothing"),
      help: suggestion.map { "did you mean '\($0)'?" } ?? "use one of \(field.enumValues.joined(separator: ", "))",
      replacement: suggestion.map { value.quoted ? "\"\($0)\"" : $0 })
    finding.isNegated = negated
    return finding
  }
}
