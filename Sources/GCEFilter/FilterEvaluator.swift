import SDJSON
import GoRegex
import GCEKnowledge

/// Decides whether an instance (as `gcloud compute instances list --format=json` prints it) matches
/// a parsed Compute API filter, with the API's semantics: exact case-sensitive equality, `:` as
/// equality (with AIP `*` prefix/suffix wildcards), `:*` as presence, `eq`/`ne` as whole-value RE2
/// matches, no match for any comparison on an absent label, catalogued scalar fields that the
/// API omits when they hold their default (`false`, `0`, `""`) compared as that default, and
/// numbers compared by value, integers (uint64 ids) exactly. `docs/filters.md` lists each assumption
/// with its reference and how to check it.
/// Filters on repeated fields never match, as the API rejects them.
package enum FilterEvaluator {
  /// True when `instance` satisfies `expr`; the empty conjunction matches everything.
  package static func matches(_ expr: FilterExpr, _ instance: JSONValue) -> Bool {
    switch expr.node {
    case .restriction(let restriction): return matches(restriction, instance)
    case .word: return false
    case .not(let inner): return !matches(inner, instance)
    case .and(let items): return items.allSatisfy { matches($0, instance) }
    case .or(let items): return items.contains { matches($0, instance) }
    }
  }

  private static func matches(_ restriction: FilterRestriction, _ instance: JSONValue) -> Bool {
    let path = restriction.key.path
    guard let found = lookup(path, in: instance) else { return false }
    switch restriction.operand {
    case .presence:
      return isPresent(found)
    case .value(let value):
      guard let target = found ?? defaultValue(for: path) else { return false }
      return compare(target, restriction.op, value)
    case .list(let values):
      guard let target = found ?? defaultValue(for: path) else { return false }
      return values.contains { compare(target, restriction.op, $0) }
    }
  }

  /// The value at `path`: `.some(nil)` when absent, nil when the path crosses a list.
  private static func lookup(_ path: String, in instance: JSONValue) -> JSONValue?? {
    var current: JSONValue? = instance
    if path.hasPrefix("labels.") {
      return .some(instance["labels"]?[String(path.dropFirst("labels.".count))])
    }
    for part in path.split(separator: ".") {
      guard let value = current else { return .some(nil) }
      if case .array = value { return nil }
      current = value[String(part)]
    }
    if case .array = current { return nil }
    if case .null = current { return .some(nil) }
    return .some(current)
  }

  /// The value the API assumes for an omitted catalogued scalar field.
  private static func defaultValue(for path: String) -> JSONValue? {
    guard case .field(let field) = InstanceFieldCatalogue.lookup(path) else { return nil }
    switch field.kind {
    case .boolean: return .bool(false)
    case .integer: return .number(0)
    case .numericString: return .string("0")
    case .string: return .string("")
    default: return nil
    }
  }

  private static func isPresent(_ value: JSONValue?) -> Bool {
    switch value {
    case nil, .null?: return false
    case .string(let text)?: return !text.isEmpty
    case .object(let members)?: return !members.isEmpty
    default: return true
    }
  }

  private static func compare(_ target: JSONValue, _ op: FilterOperator, _ value: FilterValue) -> Bool {
    switch op {
    case .regexEqual: return regexMatches(value.text, text(of: target), whole: true) == true
    case .regexNotEqual: return regexMatches(value.text, text(of: target), whole: true) == false
    case .regexSearch: return regexMatches(value.text, text(of: target), whole: false) == true
    case .regexNotSearch: return regexMatches(value.text, text(of: target), whole: false) == false
    case .equal, .has: return equals(target, value)
    case .notEqual: return !equals(target, value)
    case .less: return order(target, value).map { $0 < 0 } ?? false
    case .lessOrEqual: return order(target, value).map { $0 <= 0 } ?? false
    case .greater: return order(target, value).map { $0 > 0 } ?? false
    case .greaterOrEqual: return order(target, value).map { $0 >= 0 } ?? false
    }
  }

  private static func text(of value: JSONValue) -> String {
    switch value {
    case .string(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    default: return ""
    }
  }

  private static func equals(_ target: JSONValue, _ value: FilterValue) -> Bool {
    switch target {
    case .bool(let flag): return value.isBoolean && (value.text.lowercased() == "true") == flag
    case .number(let number): return Double(value.text) != nil && PythonNumber(text: value.text)?.compare(PythonNumber(json: number)) == 0
    case .string(let text): return wildcardEquals(text, value.text)
    default: return false
    }
  }

  /// Equality where one leading or trailing `*` (not both, not alone) is a wildcard.
  private static func wildcardEquals(_ text: String, _ pattern: String) -> Bool {
    if pattern.count > 1, pattern.hasSuffix("*"), !pattern.hasPrefix("*") {
      return text.hasPrefix(pattern.dropLast())
    }
    if pattern.count > 1, pattern.hasPrefix("*"), !pattern.hasSuffix("*") {
      return text.hasSuffix(pattern.dropFirst())
    }
    return text == pattern
  }

  /// -1, 0 or 1 comparing the target with the value: numerically when both are numbers, else as text.
  private static func order(_ target: JSONValue, _ value: FilterValue) -> Int? {
    let left = text(of: target)
    // Integers (19–20 digit ids among them) compare exactly, never through floating point.
    if Double(left) != nil, Double(value.text) != nil, let x = PythonNumber(text: left),
      let y = PythonNumber(text: value.text)
    {
      return x.compare(y)
    }
    if case .bool = target { return nil }
    return left < value.text ? -1 : (left == value.text ? 0 : 1)
  }

  /// Whether the RE2 `regex` matches `text` (wholly or anywhere); nil when the regex is invalid.
  private static func regexMatches(_ regex: String, _ text: String, whole: Bool) -> Bool? {
    guard let compiled = try? GoRegex(whole ? "^(?:" + regex + ")$" : regex) else { return nil }
    return compiled.matches(text)
  }
}
