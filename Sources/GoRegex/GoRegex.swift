/// A regular expression with Go `regexp` syntax and semantics (RE2: leftmost-first, linear time,
/// Perl flags), compiled once and safe to share between threads.
package struct GoRegex: Sendable {
  /// The expression as compiled.
  package let pattern: String
  /// Capture group names by index, `""` for group 0 and unnamed groups (Go's `SubexpNames`).
  package let groupNames: [String]
  let node: RegexNode
  let program: RegexProgram
  /// Answers that need no VM run.
  private let shortcut: RegexShortcut

  /// True when a search prefers the longest of the leftmost matches (Go's `Longest`, POSIX) over
  /// the leftmost-first one.
  package let longest: Bool

  /// Compiles `pattern` as Go's `regexp.Compile` does; throws Go's error otherwise.
  /// `acceptsAngleNames` is false for Go before 1.22, which refuses `(?<name>…)`.
  package init(_ pattern: String, acceptsAngleNames: Bool = true) throws(GoRegexError) {
    try self.init(pattern, syntax: .perl, acceptsAngleNames: acceptsAngleNames)
  }

  /// Compiles `pattern` with Go's parser flags `syntax`; `longest` as after Go's `Longest()`.
  package init(
    _ pattern: String, syntax: GoRegexSyntax, acceptsAngleNames: Bool = true, longest: Bool = false
  ) throws(GoRegexError) {
    var parser = GoRegexParser(pattern, syntax: syntax, acceptsAngleNames: acceptsAngleNames)
    let node = try parser.parse()
    self.pattern = pattern
    self.node = node
    self.longest = longest
    groupNames = parser.captureNames.map { $0 ?? "" }
    program = RegexProgram(node, groupCount: groupNames.count - 1)
    shortcut = RegexShortcut(node)
  }

  /// `text` with the characters RE2 treats as operators escaped, as Go's `regexp.QuoteMeta` does.
  package static func quoteMeta(_ text: String) -> String {
    var result = ""
    for character in text {
      if #"\.+*?()|[]{}^$"#.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// The whole text a match must equal, when the expression is `^literal$`.
  var exactLiteral: String? {
    guard case .literal(let bytes) = shortcut.whole else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// True when the expression matches somewhere in `text` (Go's `MatchString`).
  package func matches(_ text: String) -> Bool {
    run(text, from: 0, wantsCaptures: false) != nil
  }

  /// The leftmost-first match with its groups (Go's `FindStringSubmatchIndex`), or nil.
  package func firstMatch(in text: String) -> GoRegexMatch? {
    return run(text, from: 0, wantsCaptures: true).map { GoRegexMatch(text: text, offsets: $0) }
  }

  /// Every non-overlapping match replaced by `template` expanded for it (Go's `ReplaceAllString`).
  package func replaceAll(in text: String, with template: String) -> String {
    var result = ""
    let utf8 = Array(text.utf8)
    var lastEnd = 0
    var searchFrom = 0
    while searchFrom <= utf8.count, let offsets = run(text, from: searchFrom, wantsCaptures: true) {
      result += String(decoding: utf8[lastEnd..<offsets[0]], as: UTF8.self)
      if offsets[1] > lastEnd || offsets[0] == 0 {
        result += expand(template, match: GoRegexMatch(text: text, offsets: offsets))
      }
      lastEnd = offsets[1]
      let width = searchFrom < utf8.count ? Self.scalarWidth(utf8[searchFrom]) : 1
      if searchFrom + width > offsets[1] {
        searchFrom += width
      } else if searchFrom + 1 > offsets[1] {
        searchFrom += 1
      } else {
        searchFrom = offsets[1]
      }
    }
    result += String(decoding: utf8[lastEnd...], as: UTF8.self)
    return result
  }

  /// `template` with `$1`, `${1}`, `$name`, `${name}` and `$$` replaced from `match` (Go's `Expand`).
  package func expand(_ template: String, match: GoRegexMatch) -> String {
    var result = ""
    var rest = Substring(template)
    while let dollar = rest.firstIndex(of: "$") {
      result += rest[..<dollar]
      rest = rest[rest.index(after: dollar)...]
      if rest.first == "$" {
        result += "$"
        rest = rest.dropFirst()
        continue
      }
      guard let reference = TemplateReference.parse(rest) else {
        result += "$"
        continue
      }
      rest = rest[reference.end...]
      if let value = group(for: reference.name, in: match) { result += value }
    }
    result += rest
    return result
  }

  private func group(for name: Substring, in match: GoRegexMatch) -> Substring? {
    if let number = TemplateReference.groupNumber(name) { return match.group(number) }
    for (index, groupName) in groupNames.enumerated() where groupName == name {
      if let value = match.group(index) { return value }
    }
    return nil
  }

  /// True when the expression matches somewhere in `bytes`, which need not be valid UTF-8: like Go,
  /// each invalid byte reads as U+FFFD (Go's `Match`).
  package func matches(bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { run($0, from: 0, wantsCaptures: false) } != nil
  }

  /// The UTF-8 offsets of the match in `bytes` and of its groups, -1 for a group that did not take
  /// part (Go's `FindSubmatchIndex`), or nil.
  package func submatchOffsets(in bytes: [UInt8]) -> [Int]? {
    bytes.withUnsafeBufferPointer { run($0, from: 0, wantsCaptures: true) }
  }

  private func run(_ text: String, from: Int, wantsCaptures: Bool) -> [Int]? {
    if program.anchoredAtStart {
      guard from == 0, text.utf8.starts(with: shortcut.prefix) else { return nil }
      if let decided = shortcut.match(text, slotCount: program.slotCount) { return decided }
    }
    var copy = text
    return copy.withUTF8 { run($0, from: from, wantsCaptures: wantsCaptures) }
  }

  private func run(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, wantsCaptures: Bool) -> [Int]? {
    var machine = PikeVM(program: program, text: buffer, wantsCaptures: wantsCaptures, longest: longest)
    return machine.run(from: from)
  }

  private static func scalarWidth(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
  }
}
