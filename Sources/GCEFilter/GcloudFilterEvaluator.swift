import SDJSON

/// Decides whether an instance (as `gcloud compute instances list --format=json` prints it) matches
/// a parsed gcloud filter the way gcloud's own engine (`resource_expr`, Cloud SDK 578) does: a
/// missing field is null; `=`/`:` ignore case and accents, match lines and substrings, and compare
/// numbers and `true`/`false` by value even when quoted; `~` is an unanchored search that sees a
/// missing field as "" and a boolean as `True`/`False`; `*Timestamp` fields compare as instants;
/// integers compare exactly; lists match when any element does; bare words search every value.
package struct GcloudFilterEvaluator {
  /// The filter being evaluated.
  package let expr: FilterExpr
  /// The compiled `~`/`!~` regexes, by pattern.
  private let regexes: [String: Regex<AnyRegexOutput>]

  /// Prepares `expr`; fails on what sdgen cannot evaluate as gcloud does (transforms other than
  /// `basename()`, function calls, regexes Swift's engine cannot compile).
  package init(_ expr: FilterExpr) throws(FilterError) {
    self.expr = expr
    var regexes: [String: Regex<AnyRegexOutput>] = [:]
    try Self.prepare(expr, regexes: &regexes)
    self.regexes = regexes
  }

  /// True when `instance` satisfies the filter; the empty filter keeps everything.
  package func matches(_ instance: JSONValue) -> Bool {
    matches(expr, instance)
  }

  private static func prepare(_ expr: FilterExpr, regexes: inout [String: Regex<AnyRegexOutput>]) throws(FilterError) {
    switch expr.node {
    case .word(let word):
      if word.contains("(") {
        throw FilterError(
          "sdgen cannot evaluate the function call '\(word)'", at: expr.span,
          help: "compare a field instead, e.g. name:web", kind: .untranslatable)
      }
    case .not(let inner):
      try prepare(inner, regexes: &regexes)
    case .and(let items), .or(let items):
      for item in items { try prepare(item, regexes: &regexes) }
    case .restriction(let restriction):
      if let transform = restriction.key.transform, transform != "basename()" {
        throw FilterError(
          "sdgen evaluates only the basename() transform, not '.\(transform)'", at: restriction.keySpan,
          help: "compare the field's value instead", kind: .untranslatable)
      }
      guard restriction.op == .regexSearch || restriction.op == .regexNotSearch, let value = restriction.value,
        regexes[value.text] == nil
      else { return }
      do {
        regexes[value.text] = try Regex(value.text).matchingSemantics(.unicodeScalar)
      } catch {
        throw FilterError(
          "sdgen cannot evaluate the regex '\(value.text)' (Swift's regex engine has no lookbehind)",
          at: restriction.operandSpan, help: "rewrite the regex without lookbehind", kind: .untranslatable)
      }
    }
  }

  private func matches(_ expr: FilterExpr, _ instance: JSONValue) -> Bool {
    switch expr.node {
    case .restriction(let restriction): return matches(restriction, instance)
    case .word(let word):
      // The word as gcloud's lexer reads it: quotes removed.
      return Self.globalSearch(instance, for: word.filter { $0 != "\"" && $0 != "'" }.lowercased())
    case .not(let inner): return !matches(inner, instance)
    case .and(let items): return items.allSatisfy { matches($0, instance) }
    case .or(let items): return items.contains { matches($0, instance) }
    }
  }

  private func matches(_ restriction: FilterRestriction, _ instance: JSONValue) -> Bool {
    var value = GcloudValueLookup.value(at: GcloudValueLookup.steps(restriction.key), in: instance)
    if restriction.key.transform != nil { value = Self.basename(value) }
    let values: [JSONValue?]
    if case .array(let items)? = value, !items.isEmpty { values = items } else { values = [value] }
    let operands: [FilterValue]
    switch restriction.operand {
    case .presence: operands = [FilterValue("*", quoted: false)]
    case .value(let single): operands = [single]
    case .list(let list): operands = list
    }
    let isTimestamp = restriction.key.transform == nil && restriction.key.parts.last?.name.hasSuffix("Timestamp") == true
    let lastSegment = restriction.key.parts.count == 1 && ["zone", "region"].contains(restriction.key.parts[0].name)
    for value in values {
      for operand in operands {
        let term = GcloudTerm(
          op: restriction.op, operand: operand.text, isTimestamp: isTimestamp, matchesLastSegment: lastSegment,
          regex: regexes[operand.text])
        if term.holds(for: value) { return true }
      }
    }
    return false
  }

  /// gcloud's `basename()`: the text after the last `/` (or `\`), "" for a missing value.
  private static func basename(_ value: JSONValue?) -> JSONValue? {
    guard GcloudValueLookup.isTruthy(value) else { return .string("") }
    let text: String
    switch value {
    case .string(let string)?: text = string
    case .number(let number)?: text = PythonNumber(json: number).wordText
    case .bool(let flag)?: text = flag ? "True" : "False"
    default: return value
    }
    for separator: Character in ["/", "\\"] {
      if let index = text.lastIndex(of: separator) { return .string(String(text[text.index(after: index)...])) }
    }
    return .string(text)
  }

  /// A bare word: true when any value anywhere in the resource contains it, ignoring case.
  static func globalSearch(_ value: JSONValue, for word: String) -> Bool {
    guard GcloudValueLookup.isTruthy(value) else { return false }
    switch value {
    case .string(let text): return text.lowercased().contains(word)
    case .number(let number): return PythonNumber(json: number).wordText.contains(word)
    case .bool: return "true".contains(word)
    case .array(let items): return items.contains { globalSearch($0, for: word) }
    case .object(let members):
      return members.contains { key, member in !key.hasPrefix("_") && globalSearch(member, for: word) }
    case .null: return false
    }
  }
}
