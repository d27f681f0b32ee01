import SDJSON

/// One `value op operand` test of a gcloud restriction, tried as gcloud's engine tries it: as
/// numbers when the operand is one (quoted or not), then as text; a missing value compares as ""
/// for ordering and regexes, and as null for `=` and `:`.
struct GcloudTerm {
  let op: FilterOperator
  let operand: String
  /// True for `*Timestamp` keys, whose values and operand compare as instants when both parse.
  let isTimestamp: Bool
  /// True for the `zone` and `region` keys.
  let matchesLastSegment: Bool
  /// The compiled regex of `~` and `!~`.
  let regex: Regex<AnyRegexOutput>?

  func holds(for value: JSONValue?) -> Bool {
    if isTimestamp, !op.isRegex, let instant = FilterTimestamp(operand) {
      guard case .string(let text)? = value, FilterTimestamp.looksLikeResourceTimestamp(text),
        let stamp = FilterTimestamp(text)
      else { return false }
      return compare(stamp < instant ? -1 : (stamp == instant ? 0 : 1))
    }
    let lower = operand.lowercased()
    let constant = lower == "true" || lower == "false"
    if constant || PythonNumber(text: operand) != nil, let number = Self.number(value) {
      if let result = numericResult(number) {
        if result { return true }
        if !constant { return false }
      }
    }
    return textResult(value)
  }

  /// The result of comparing a numeric value; nil where gcloud's comparison raises a type error (`~`).
  private func numericResult(_ number: PythonNumber) -> Bool? {
    switch op {
    case .equal, .has: return wordMatch.matches(number: number)
    case .notEqual: return !wordMatch.matches(number: number)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let lower = operand.lowercased()
      let operandNumber = lower == "true" ? PythonNumber(1) : lower == "false" ? PythonNumber(0) : PythonNumber(text: operand)
      guard let operandNumber, let order = number.compare(operandNumber) else { return false }
      return compare(order)
    case .regexSearch, .regexNotSearch, .regexEqual, .regexNotEqual: return nil
    }
  }

  private func textResult(_ value: JSONValue?) -> Bool {
    switch op {
    case .equal, .has: return wordMatch.matches(value)
    case .notEqual: return !wordMatch.matches(value)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let text = Self.comparableText(value) else { return false }
      return compare(Self.order(text, operand))
    case .regexSearch, .regexEqual:
      guard let text = Self.comparableText(value), let regex else { return false }
      return text.contains(regex)
    case .regexNotSearch, .regexNotEqual:
      guard let text = Self.comparableText(value), let regex else { return false }
      return !text.contains(regex)
    }
  }

  private var wordMatch: GcloudWordMatch {
    GcloudWordMatch(operand: operand, isHas: op == .has, matchesLastSegment: matchesLastSegment)
  }

  /// Whether `order` (-1, 0, 1: value against operand) satisfies an ordering or equality operator.
  private func compare(_ order: Int) -> Bool {
    switch op {
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    case .greaterOrEqual: return order >= 0
    case .notEqual: return order != 0
    default: return order == 0
    }
  }

  /// The value as Python's `int()`/`float()` reads it (a boolean is 0 or 1), nil when it cannot.
  static func number(_ value: JSONValue?) -> PythonNumber? {
    switch value {
    case .bool(let flag)?: return PythonNumber(flag ? 1 : 0)
    case .number(let number)?: return PythonNumber(json: number)
    case .string(let text)?: return PythonNumber(text: text)
    default: return nil
    }
  }

  /// The text gcloud falls back to when a value is not a string: "" for missing, `True`/`False`,
  /// a number's digits; nil for lists and dictionaries, which never compare.
  static func comparableText(_ value: JSONValue?) -> String? {
    switch value {
    case nil, .null?: return ""
    case .string(let text)?: return text
    case .bool(let flag)?: return flag ? "True" : "False"
    case .number(let number)?: return PythonNumber(json: number).wordText
    case .array?, .object?: return nil
    }
  }

  /// -1, 0 or 1 comparing two strings by Unicode scalar values, as Python does.
  static func order(_ left: String, _ right: String) -> Int {
    var leftScalars = left.unicodeScalars.makeIterator()
    var rightScalars = right.unicodeScalars.makeIterator()
    while true {
      switch (leftScalars.next(), rightScalars.next()) {
      case (nil, nil): return 0
      case (nil, _): return -1
      case (_, nil): return 1
      case (let x?, let y?): if x != y { return x.value < y.value ? -1 : 1 }
      }
    }
  }
}
