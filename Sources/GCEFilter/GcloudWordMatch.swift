import SDJSON

/// gcloud's `=`, `!=` and `:` test of one resource value against one operand
/// (`resource_expr._WordMatch`, deprecated behaviour, which is the one in effect): case and accents
/// ignored; `=` matches a whole line of the value, `:` a substring, `p*` a line prefix, `*s` a line
/// suffix, `p*s` a whole line; numbers and booleans also equal their numeric text (`true` is 1).
struct GcloudWordMatch {
  /// The operand as written (escapes applied).
  let operand: String
  /// True for `:`, false for `=` and `!=`.
  let isHas: Bool
  /// True when the key is `zone` or `region`, whose URL's last segment is matched too.
  let matchesLastSegment: Bool
  /// The operand normalised for searching.
  private let normalized: String

  init(operand: String, isHas: Bool, matchesLastSegment: Bool) {
    self.operand = operand
    self.isHas = isHas
    self.matchesLastSegment = matchesLastSegment
    normalized = GcloudSearchText.normalized(operand, html: false)
  }

  /// True when `value` (a dictionary's keys and values, or a list's elements, any of them) matches.
  func matches(_ value: JSONValue?) -> Bool {
    switch value {
    case .object(let members)?:
      return members.keys.contains { matchesOne(.string($0)) } || members.values.contains { matchesOne($0) }
    case .array(let items)?:
      return items.contains { matchesOne($0) }
    default:
      return matchesOne(value)
    }
  }

  /// True when a number (a boolean being 0 or 1) matches.
  func matches(number: PythonNumber) -> Bool {
    if let operandNumber = PythonNumber(text: operand), number.compare(operandNumber) == 0 { return true }
    let lower = operand.lowercased()
    if lower == "false", number.compare(PythonNumber(0)) == 0 { return true }
    if lower == "true", number.compare(PythonNumber(1)) == 0 { return true }
    return matchesText(number.wordText.lowercased())
  }

  private func matchesOne(_ value: JSONValue?) -> Bool {
    switch value {
    case nil, .null?:
      if operand.isEmpty { return true }
      if isHas && operand == "*" { return false }
      return matchesText("null")
    case .bool(let flag)?:
      return flag ? matchesBoolean(1, "true") : matchesBoolean(0, "false")
    case .number(let number)?:
      return matches(number: PythonNumber(json: number))
    case .string(let text)?:
      return text == operand || matchesText(GcloudSearchText.normalized(text, html: true))
    case .array?, .object?:
      return false
    }
  }

  /// A boolean: Python's `True`/`False`, equal to 1/0.
  private func matchesBoolean(_ number: Int, _ name: String) -> Bool {
    if let operandNumber = PythonNumber(text: operand), operandNumber.compare(PythonNumber(number)) == 0 { return true }
    if operand.lowercased() == name { return true }
    return matchesText(name)
  }

  /// The pattern test on normalised text, on its last URL segment too for `zone` and `region`.
  private func matchesText(_ text: String) -> Bool {
    if isHas && operand == "*" { return text.contains { $0 != "\n" } }
    if isHas && normalized.isEmpty { return text.unicodeScalars.contains(where: Self.isWordScalar) }
    if matchesPattern(text) { return true }
    guard matchesLastSegment, let slash = text.lastIndex(of: "/") else { return false }
    return matchesPattern(String(text[text.index(after: slash)...]))
  }

  /// `=`: some line equals the operand; `:`: see the type's summary.
  private func matchesPattern(_ text: String) -> Bool {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard isHas else { return lines.contains { $0 == normalized } }
    let parts = normalized.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return text.contains(normalized) }
    let (head, tail) = (parts[0], parts[1])
    if operand.hasPrefix("*") { return lines.contains { $0.hasSuffix(tail) } }
    if operand.hasSuffix("*") { return lines.contains { $0.hasPrefix(head) } }
    return lines.contains { $0.count >= head.count + tail.count && $0.hasPrefix(head) && $0.hasSuffix(tail) }
  }

  /// A character Python's `\w` matches.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
