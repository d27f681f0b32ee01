import SDCore

/// Explains a YAML syntax error caused by indentation: which key is off, which sibling it should
/// line up with, and at which column.
struct IndentationHint {
  /// A line that starts a mapping key, as seen by a light scan of the raw text.
  private struct KeyLine {
    let line: Int
    let column: Int
    let key: String
    let hasInlineValue: Bool
  }

  let source: SourceText

  /// libyaml problems that are usually an indentation mistake.
  private static let indentationProblems: Set<String> = [
    "mapping values are not allowed in this context",
    "did not find expected key",
    "did not find expected '-' indicator",
    "could not find expected ':'",
    "did not find expected <document start>",
  ]

  /// A help sentence for `problem` at `position`, or nil when indentation does not explain it.
  func help(forProblem problem: String, at position: SourcePosition) -> String? {
    if problem.contains("tab character")
      || source.line(position.line).prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
    {
      return "indent with spaces; YAML does not allow tab characters in indentation"
    }
    guard Self.indentationProblems.contains(problem) else { return nil }
    guard let offending = keyLine(position.line) ?? keyLine(position.line + 1) else { return nil }
    var previous: KeyLine?
    var line = offending.line - 1
    while line >= 1, previous == nil {
      previous = keyLine(line)
      if previous == nil, !isBlankOrComment(line) { return nil }
      line -= 1
    }
    guard let previous else { return nil }
    if offending.column > previous.column, previous.hasInlineValue {
      return
        "'\(offending.key)' on line \(offending.line) is indented to column \(offending.column), deeper than its sibling '\(previous.key)' on line \(previous.line) at column \(previous.column); indent it to column \(previous.column)"
    }
    let enclosing = enclosingKeys(before: offending.line)
    guard !enclosing.contains(where: { $0.column == offending.column }) else { return nil }
    let choices = enclosing.map { "column \($0.column) (like '\($0.key)' on line \($0.line))" }
    guard !choices.isEmpty else { return nil }
    return
      "'\(offending.key)' on line \(offending.line) at column \(offending.column) does not line up with any enclosing mapping; indent it to "
      + choices.joined(separator: " or ")
  }

  /// The innermost key of each open block before `line`, innermost first.
  private func enclosingKeys(before line: Int) -> [KeyLine] {
    var result: [KeyLine] = []
    var limit = Int.max
    var current = line - 1
    while current >= 1, limit > 1 {
      if let key = keyLine(current), key.column < limit {
        result.append(key)
        limit = key.column
      }
      current -= 1
    }
    return result
  }

  private func isBlankOrComment(_ line: Int) -> Bool {
    let text = source.line(line).drop { $0 == " " }
    return text.isEmpty || text.first == "#"
  }

  /// Reads `line` as `[- ]key: [value]`; nil when it is not a block mapping key.
  private func keyLine(_ line: Int) -> KeyLine? {
    guard line >= 1, line <= source.lineCount else { return nil }
    let scalars = Array(source.line(line).unicodeScalars)
    var index = 0
    while index < scalars.count, scalars[index] == " " { index += 1 }
    while index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
      index += 2
      while index < scalars.count, scalars[index] == " " { index += 1 }
    }
    guard index < scalars.count, !"#-[{'\"&*!|>".unicodeScalars.contains(scalars[index]) else { return nil }
    let keyStart = index
    while index < scalars.count {
      if scalars[index] == ":", index + 1 == scalars.count || scalars[index + 1] == " " { break }
      if scalars[index] == "#", index > 0, scalars[index - 1] == " " { return nil }
      index += 1
    }
    guard index < scalars.count else { return nil }
    var key = String(String.UnicodeScalarView(scalars[keyStart..<index]))
    while key.hasSuffix(" ") { key.removeLast() }
    var rest = index + 1
    while rest < scalars.count, scalars[rest] == " " { rest += 1 }
    let hasValue = rest < scalars.count && scalars[rest] != "#"
    return KeyLine(line: line, column: keyStart + 1, key: key, hasInlineValue: hasValue)
  }
}
