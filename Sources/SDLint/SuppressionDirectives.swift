import SDCore

/// The `# sdgen:ignore RULE -- reason` and `# sdgen:ignore-file [RULE…]` comments of a file, which
/// silence findings on their own line (trailing comment), on the next line (comment on its own line),
/// or in the whole file.
package struct SuppressionDirectives: Sendable {
  private var byLine: [Int: Set<RuleID>] = [:]
  private var fileWide: Set<RuleID> = []
  private var wholeFile = false
  /// Findings about the directives themselves.
  package private(set) var problems: [Diagnostic] = []

  /// Reads the directives of `source`, reporting rule ids not in `knownRules`.
  package init(source: SourceText, knownRules: Set<RuleID>) {
    guard DirectiveMarker.occurs(in: source.bytes) else { return }
    for line in 1...max(1, source.lineCount) {
      let text = source.line(line)
      guard let directive = Self.directive(in: text) else { continue }
      let rules = directive.rules
      let column = directive.column
      for rule in rules where !knownRules.contains(rule) {
        let nearest = Suggestions.nearest(to: rule.rawValue, in: knownRules.sorted().map(\.rawValue)).first
        problems.append(
          Diagnostic(
            rule: .lintDirective, severity: .warning,
            message: "'\(rule)' is not a sdgen rule, so this directive silences nothing",
            range: SourceRange(line: line, column: column, length: directive.length),
            help: nearest.map { "a rule with a similar name exists: '\($0)'" }
              ?? "run 'sdgen rules' to list the rule ids"))
      }
      if directive.isFileWide {
        if rules.isEmpty { wholeFile = true } else { fileWide.formUnion(rules) }
        continue
      }
      guard !rules.isEmpty else {
        problems.append(
          Diagnostic(
            rule: .lintDirective, severity: .warning,
            message: "'sdgen:ignore' needs the id of the rule to silence",
            range: SourceRange(line: line, column: column, length: directive.length),
            help: "write '# sdgen:ignore RULE -- reason', e.g. '# sdgen:ignore gce/no-status-filter'"))
        continue
      }
      let target = directive.ownLine ? nextContentLine(after: line, in: source) : line
      byLine[target, default: []].formUnion(rules)
    }
  }

  /// True when no directive silences anything, so `silences` is false for every finding.
  package var isEmpty: Bool { !wholeFile && fileWide.isEmpty && byLine.isEmpty }

  /// True when `diagnostic` is silenced by a directive.
  package func silences(_ diagnostic: Diagnostic) -> Bool {
    if isEmpty || diagnostic.rule == .lintDirective { return false }
    if wholeFile || fileWide.contains(diagnostic.rule) { return true }
    return byLine[diagnostic.range.start.line]?.contains(diagnostic.rule) ?? false
  }

  private struct Directive {
    let isFileWide: Bool
    let rules: [RuleID]
    let column: Int
    let length: Int
    let ownLine: Bool
  }

  private static func directive(in line: String) -> Directive? {
    guard let hash = line.firstRange(of: "# sdgen:ignore") ?? line.firstRange(of: "#sdgen:ignore") else { return nil }
    let before = line[..<hash.lowerBound]
    guard before.isEmpty || before.last == " " || before.last == "\t" else { return nil }
    var rest = line[hash.upperBound...]
    let isFileWide = rest.hasPrefix("-file")
    if isFileWide { rest = rest.dropFirst("-file".count) }
    guard rest.isEmpty || rest.first == " " else { return nil }
    if let reason = rest.firstRange(of: "--") { rest = rest[..<reason.lowerBound] }
    let rules = rest.split(whereSeparator: { $0 == " " || $0 == "," }).map { RuleID(String($0)) }
    let column = before.unicodeScalars.count + 1
    let length = line[hash.lowerBound...].unicodeScalars.count
    let ownLine = before.allSatisfy { $0 == " " || $0 == "\t" }
    return Directive(isFileWide: isFileWide, rules: rules, column: column, length: length, ownLine: ownLine)
  }

  private func nextContentLine(after line: Int, in source: SourceText) -> Int {
    var next = line + 1
    while next <= source.lineCount {
      let text = source.line(next).drop { $0 == " " || $0 == "\t" }
      if !text.isEmpty, text.first != "#" { return next }
      next += 1
    }
    return line
  }
}

/// Finds `sdgen:ignore` in a file's bytes, so files without directives skip the line scan. A Horspool
/// search: it looks at about one byte in eight of a YAML file instead of every byte.
private enum DirectiveMarker {
  static let bytes = Array("sdgen:ignore".utf8)
  /// How far the search window may move when its last byte is the index.
  static let skips: [Int] = {
    var skips = [Int](repeating: bytes.count, count: 256)
    for (index, byte) in bytes.dropLast().enumerated() { skips[Int(byte)] = bytes.count - 1 - index }
    return skips
  }()

  /// True when `haystack` contains the marker.
  static func occurs(in haystack: [UInt8]) -> Bool {
    let needle = bytes
    let skips = skips
    return haystack.withUnsafeBufferPointer { text in
      var end = needle.count - 1
      while end < text.count {
        let byte = text[end]
        if byte == needle[needle.count - 1] {
          let start = end - (needle.count - 1)
          if (0..<needle.count - 1).allSatisfy({ text[start + $0] == needle[$0] }) { return true }
        }
        end += skips[Int(byte)]
      }
      return false
    }
  }
}
