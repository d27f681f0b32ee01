/// Parses a pattern with Go's `regexp/syntax` rules under the given flags (`syntax.Perl` for
/// `regexp.Compile`), reporting the first error with the code and fragment Go reports.
struct GoRegexParser {
  /// What a `(?…` opener turned out to be.
  private enum PerlGroup {
    case capture(name: String)
    case group(GoRegexSyntax)
    case flagsOnly(GoRegexSyntax)
  }

  /// Go's limit on a single counted repetition and on nested products of them.
  private static let maxRepeat = 1000
  /// Go's limit on the nesting of the parse tree.
  private static let maxDepth = 1000

  private let scalars: [Unicode.Scalar]
  private var index = 0
  /// The flags in force; `(?imsU)` switch some of them.
  private var flags: GoRegexSyntax
  /// The names of the capture groups by index; index 0 (the whole match) has none.
  private(set) var captureNames: [String?] = [nil]

  /// True when `(?<name>…)` is a named group (Go 1.22+); before, only `(?P<name>…)` is.
  private let acceptsAngleNames: Bool

  /// Prepares to parse `pattern` under `syntax`.
  init(_ pattern: String, syntax: GoRegexSyntax, acceptsAngleNames: Bool) {
    scalars = Array(pattern.unicodeScalars)
    flags = syntax
    self.acceptsAngleNames = acceptsAngleNames
  }

  /// Parses the whole pattern.
  mutating func parse() throws(GoRegexError) -> RegexNode {
    try parseAlternation(openParens: [])
  }

  private var whole: String { text(0, scalars.count) }

  private func text(_ start: Int, _ end: Int) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[start..<min(end, scalars.count)])
    return String(result)
  }

  private func failure(_ code: GoRegexError.Code, _ start: Int, _ end: Int) -> GoRegexError {
    GoRegexError(code: code, fragment: text(start, end), offset: start)
  }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let position = index + offset
    return position < scalars.count ? scalars[position] : nil
  }

  // MARK: Structure

  private mutating func parseAlternation(openParens: [Int]) throws(GoRegexError) -> RegexNode {
    if openParens.count > Self.maxDepth {
      throw GoRegexError(code: .nestingDepth, fragment: whole, offset: openParens.last ?? 0)
    }
    var alternatives: [RegexNode] = []
    while true {
      alternatives.append(try parseSequence(openParens: openParens))
      guard let next = peek() else {
        if let innermost = openParens.last {
          throw GoRegexError(code: .missingParen, fragment: whole, offset: innermost)
        }
        break
      }
      if next == "|" {
        index += 1
        continue
      }
      // A closing parenthesis.
      if openParens.isEmpty {
        throw GoRegexError(code: .unexpectedParen, fragment: whole, offset: index)
      }
      index += 1
      break
    }
    return alternatives.count == 1 ? alternatives[0] : .alternate(alternatives)
  }

  private mutating func parseSequence(openParens: [Int]) throws(GoRegexError) -> RegexNode {
    var items: [RegexNode] = []
    var lastRepeatStart: Int?
    while let current = peek(), current != "|", current != ")" {
      var repeatStart: Int?
      switch current {
      case "(":
        let start = index
        if flags.contains(.perlX), peek(1) == "?" {
          switch try parsePerlGroup() {
          case .capture(let name):
            items.append(try parseCapture(name: name, start: start, openParens: openParens))
          case .group(let groupFlags):
            let saved = flags
            flags = groupFlags
            items.append(try parseAlternation(openParens: openParens + [start]))
            flags = saved
          case .flagsOnly(let newFlags):
            flags = newFlags
          }
        } else {
          index += 1
          items.append(try parseCapture(name: nil, start: start, openParens: openParens))
        }
      case "^":
        index += 1
        items.append(.assertion(flags.contains(.oneLine) ? .beginText : .beginLine))
      case "$":
        index += 1
        items.append(.assertion(flags.contains(.oneLine) ? .endText : .endLine))
      case ".":
        index += 1
        items.append(flags.contains(.dotNL) ? .anyChar : .anyCharNotNewline)
      case "[":
        items.append(.charClass(try parseClass()))
      case "*", "+", "?", "{":
        let start = index
        guard let (min, max) = try parseRepeatOperator() else {
          index += 1
          items.append(literal("{"))
          break
        }
        try applyRepeat(min: min, max: max, start: start, lastRepeatStart: lastRepeatStart, items: &items)
        repeatStart = start
      case "\\":
        try parseBackslash(into: &items)
      default:
        index += 1
        items.append(literal(current))
      }
      lastRepeatStart = repeatStart
    }
    switch items.count {
    case 0: return .empty
    case 1: return items[0]
    default: return .concat(items)
    }
  }

  private mutating func parseCapture(name: String?, start: Int, openParens: [Int]) throws(GoRegexError)
    -> RegexNode
  {
    captureNames.append(name)
    let captureIndex = captureNames.count - 1
    let saved = flags
    let body = try parseAlternation(openParens: openParens + [start])
    flags = saved
    return .capture(index: captureIndex, name: name, body)
  }

  private func literal(_ scalar: Unicode.Scalar) -> RegexNode {
    .literal(scalar, foldCase: flags.contains(.foldCase))
  }

  /// An escaped code point: a literal, or for a surrogate (`\x{D800}`, which Go accepts) a class
  /// holding just that code point, which no decoded text ever contains.
  private func literal(codePoint: UInt32) -> RegexNode {
    if let scalar = Unicode.Scalar(codePoint) { return literal(scalar) }
    return .charClass(
      makeClass([CharClass.Item(kind: .ranges([codePoint...codePoint]), negated: false)], negated: false))
  }

  // MARK: Repetition

  /// Reads `*`, `+`, `?` or a well-formed `{n}`, `{n,}`, `{n,m}`; nil for a `{` that is a literal.
  private mutating func parseRepeatOperator() throws(GoRegexError) -> (Int, Int)? {
    let start = index
    switch scalars[index] {
    case "*":
      index += 1
      return (0, -1)
    case "+":
      index += 1
      return (1, -1)
    case "?":
      index += 1
      return (0, 1)
    default:
      break
    }
    var position = index + 1
    guard var min = parseInt(&position), position < scalars.count else { return nil }
    var max = min
    if scalars[position] == "," {
      position += 1
      guard position < scalars.count else { return nil }
      if scalars[position] == "}" {
        max = -1
      } else {
        guard let parsed = parseInt(&position) else { return nil }
        max = parsed
        if max < 0 { min = -1 }
      }
    }
    guard position < scalars.count, scalars[position] == "}" else { return nil }
    index = position + 1
    if min < 0 || min > Self.maxRepeat || max > Self.maxRepeat || (max >= 0 && min > max) {
      throw failure(.invalidRepeatSize, start, index)
    }
    return (min, max)
  }

  /// A decimal without leading zeros; -1 when it reaches 10^8, as Go's parser caps it.
  private func parseInt(_ position: inout Int) -> Int? {
    guard position < scalars.count, let first = scalars[position].asciiDigit else { return nil }
    if first == 0, position + 1 < scalars.count, scalars[position + 1].asciiDigit != nil { return nil }
    var value = 0
    while position < scalars.count, let digit = scalars[position].asciiDigit {
      if value >= 0 { value = value >= 100_000_000 ? -1 : value * 10 + digit }
      position += 1
    }
    return value
  }

  private mutating func applyRepeat(
    min: Int, max: Int, start: Int, lastRepeatStart: Int?, items: inout [RegexNode]
  ) throws(GoRegexError) {
    var greedy = !flags.contains(.nonGreedy)
    if flags.contains(.perlX) {
      if peek() == "?" {
        index += 1
        greedy.toggle()
      }
      if let lastRepeatStart {
        throw failure(.invalidRepeatOp, lastRepeatStart, index)
      }
    }
    guard let sub = items.popLast() else {
      throw failure(.missingRepeatArgument, start, index)
    }
    let node = RegexNode.repetition(sub, min: min, max: max, greedy: greedy)
    if scalars[start] == "{", min >= 2 || max >= 2, !Self.repeatIsValid(node, Self.maxRepeat) {
      throw failure(.invalidRepeatSize, start, index)
    }
    items.append(node)
  }

  /// Go's check that nested counted repetitions do not multiply beyond `limit` copies.
  private static func repeatIsValid(_ node: RegexNode, _ limit: Int) -> Bool {
    var limit = limit
    switch node {
    case .repetition(let sub, let min, let max, _):
      if max == 0 { return true }
      let count = max < 0 ? min : max
      if count > limit { return false }
      if count > 0 { limit /= count }
      return repeatIsValid(sub, limit)
    case .capture(_, _, let sub):
      return repeatIsValid(sub, limit)
    case .concat(let subs), .alternate(let subs):
      return subs.allSatisfy { repeatIsValid($0, limit) }
    default:
      return true
    }
  }

  // MARK: Groups and flags

  private mutating func parsePerlGroup() throws(GoRegexError) -> PerlGroup {
    let start = index
    let remaining = scalars.count - start
    let startsWithP = remaining > 4 && scalars[start + 2] == "P" && scalars[start + 3] == "<"
    let startsWithName = acceptsAngleNames && remaining > 3 && scalars[start + 2] == "<"
    if startsWithP || startsWithName {
      let nameStart = start + (startsWithP ? 4 : 3)
      guard let end = scalars[start...].firstIndex(of: ">") else {
        throw failure(.invalidNamedCapture, start, scalars.count)
      }
      let name = text(nameStart, end)
      guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0 == "_" || $0.isASCIIAlphanumeric }) else {
        throw failure(.invalidNamedCapture, start, end + 1)
      }
      index = end + 1
      return .capture(name: name)
    }
    index = start + 2
    var newFlags = flags
    var negating = false
    var sawFlag = false
    while let current = peek() {
      index += 1
      let flag: GoRegexSyntax
      switch current {
      case "i": flag = .foldCase
      case "m": flag = .oneLine
      case "s": flag = .dotNL
      case "U": flag = .nonGreedy
      case "-":
        if negating { throw failure(.invalidPerlOp, start, index) }
        negating = true
        sawFlag = false
        continue
      case ":", ")":
        if negating && !sawFlag { throw failure(.invalidPerlOp, start, index) }
        return current == ":" ? .group(newFlags) : .flagsOnly(newFlags)
      default:
        throw failure(.invalidPerlOp, start, index)
      }
      // `m` clears one-line mode, `-m` sets it.
      if negating == (flag != .oneLine) { newFlags.remove(flag) } else { newFlags.insert(flag) }
      sawFlag = true
    }
    throw failure(.invalidPerlOp, start, index)
  }

  // MARK: Escapes

  private mutating func parseBackslash(into items: inout [RegexNode]) throws(GoRegexError) {
    let start = index
    if flags.contains(.perlX), let letter = peek(1) {
      switch letter {
      case "A":
        index += 2
        items.append(.assertion(.beginText))
        return
      case "b", "B":
        index += 2
        items.append(.assertion(letter == "b" ? .wordBoundary : .noWordBoundary))
        return
      case "C":
        throw failure(.invalidEscape, start, start + 2)
      case "Q":
        index += 2
        while index < scalars.count {
          if scalars[index] == "\\", peek(1) == "E" {
            index += 2
            return
          }
          items.append(literal(scalars[index]))
          index += 1
        }
        return
      case "z":
        index += 2
        items.append(.assertion(.endText))
        return
      default:
        break
      }
    }
    if let item = try parseUnicodeClass() {
      items.append(.charClass(makeClass([item], negated: false)))
      return
    }
    if let item = parsePerlClass() {
      items.append(.charClass(makeClass([item], negated: false)))
      return
    }
    items.append(literal(codePoint: try parseEscape()))
  }

  private func makeClass(_ items: [CharClass.Item], negated: Bool) -> CharClass {
    var result = CharClass()
    result.items = items
    result.negated = negated
    result.foldCase = flags.contains(.foldCase)
    result.finish()
    return result
  }

  /// `\d`, `\s`, `\w` and negations at the current position, consumed.
  private mutating func parsePerlClass() -> CharClass.Item? {
    guard flags.contains(.perlX), peek() == "\\", let letter = peek(1),
      let item = CharClass.perlItem(Character(letter))
    else {
      return nil
    }
    index += 2
    return item
  }

  /// `\pL`, `\p{Greek}`, `\P{^Lu}` at the current position, consumed; nil when not a `\p` or `\P`.
  private mutating func parseUnicodeClass() throws(GoRegexError) -> CharClass.Item? {
    guard flags.contains(.unicodeGroups), peek() == "\\", let letter = peek(1), letter == "p" || letter == "P" else {
      return nil
    }
    let start = index
    var negated = letter == "P"
    var position = start + 2
    let sequenceEnd: Int
    var name: String
    if position < scalars.count, scalars[position] == "{" {
      guard let close = scalars[start...].firstIndex(of: "}") else {
        throw failure(.invalidCharRange, start, scalars.count)
      }
      sequenceEnd = close + 1
      name = text(start + 3, close)
    } else {
      if position < scalars.count { position += 1 }
      sequenceEnd = position
      name = text(start + 2, position)
    }
    if name.hasPrefix("^") {
      negated.toggle()
      name.removeFirst()
    }
    guard let kind = CharClass.unicodeItem(named: name) else {
      throw failure(.invalidCharRange, start, sequenceEnd)
    }
    index = sequenceEnd
    return CharClass.Item(kind: kind, negated: negated)
  }

  /// One escaped code point (`\n`, `\x{263a}`, `\101`, `\.`), consumed. Like Go, `\x{D800}` gives
  /// a surrogate code point, which is not a scalar.
  private mutating func parseEscape() throws(GoRegexError) -> UInt32 {
    let start = index
    index += 1
    guard let letter = peek() else { throw failure(.trailingBackslash, start, start) }
    index += 1
    switch letter {
    case "1"..."7" where peek()?.isOctalDigit != true:
      break
    case "0"..."7":
      var value = letter.value - 0x30
      for _ in 1..<3 {
        guard let digit = peek(), digit.isOctalDigit else { break }
        value = value * 8 + digit.value - 0x30
        index += 1
      }
      return value
    case "x":
      if let value = parseHexEscape() { return value }
    case "a": return 0x7
    case "f": return 0xC
    case "n": return 0xA
    case "r": return 0xD
    case "t": return 0x9
    case "v": return 0xB
    default:
      if letter.isASCII && !letter.isASCIIAlphanumeric { return letter.value }
    }
    throw failure(.invalidEscape, start, index)
  }

  /// The rest of `\xHH` or `\x{H…}` after the `x`; nil (with the position where Go stops) when malformed.
  private mutating func parseHexEscape() -> UInt32? {
    guard let first = peek() else { return nil }
    index += 1
    if first == "{" {
      var value: UInt32 = 0
      var digits = 0
      while true {
        guard let current = peek() else { return nil }
        index += 1
        if current == "}" { break }
        guard let digit = current.hexDigitValue else { return nil }
        value = value * 16 + digit
        if value > 0x10FFFF { return nil }
        digits += 1
      }
      return digits > 0 ? value : nil
    }
    let second = peek()
    if second != nil { index += 1 }
    guard let high = first.hexDigitValue, let low = second?.hexDigitValue else { return nil }
    return high * 16 + low
  }

  // MARK: Classes

  private mutating func parseClass() throws(GoRegexError) -> CharClass {
    let start = index
    index += 1
    var negated = false
    if peek() == "^" {
      negated = true
      index += 1
    }
    var items: [CharClass.Item] = []
    if negated && !flags.contains(.classNL) {
      // Without ClassNL Go adds the newline before negating, so `[^a]` does not match it.
      items.append(CharClass.Item(kind: .ranges([0xA...0xA]), negated: false))
    }
    var first = true
    while peek() != "]" || first {
      if !flags.contains(.perlX), !first, peek() == "-", peek(1) != "]" {
        // POSIX allows an unescaped `-` only first or last.
        throw failure(.invalidCharRange, index, index + 2)
      }
      first = false
      if let item = try parseNamedClass() {
        items.append(item)
        continue
      }
      if let item = try parseUnicodeClass() {
        items.append(item)
        continue
      }
      if let item = parsePerlClass() {
        items.append(item)
        continue
      }
      let rangeStart = index
      let low = try parseClassChar(classStart: start)
      var high = low
      if scalars.count - index >= 2, scalars[index] == "-", scalars[index + 1] != "]" {
        index += 1
        high = try parseClassChar(classStart: start)
        if high < low { throw failure(.invalidCharRange, rangeStart, index) }
      }
      items.append(CharClass.Item(kind: .ranges([low...high]), negated: false))
    }
    index += 1
    return makeClass(items, negated: negated)
  }

  private mutating func parseClassChar(classStart: Int) throws(GoRegexError) -> UInt32 {
    guard let current = peek() else { throw failure(.missingBracket, classStart, scalars.count) }
    if current == "\\" { return try parseEscape() }
    index += 1
    return current.value
  }

  /// `[:alpha:]` or `[:^alpha:]` inside a class, consumed; nil when the text is not of that shape.
  private mutating func parseNamedClass() throws(GoRegexError) -> CharClass.Item? {
    guard scalars.count - index > 2, scalars[index] == "[", scalars[index + 1] == ":" else { return nil }
    var close = index + 2
    while close + 1 < scalars.count, !(scalars[close] == ":" && scalars[close + 1] == "]") { close += 1 }
    guard close + 1 < scalars.count else { return nil }
    var name = text(index + 2, close)
    let negated = name.hasPrefix("^")
    if negated { name.removeFirst() }
    guard let ranges = CharClass.posixClasses[name] else {
      throw failure(.invalidCharRange, index, close + 2)
    }
    index = close + 2
    return CharClass.Item(kind: .ranges(ranges), negated: negated)
  }
}

extension Unicode.Scalar {
  /// The value of an ASCII decimal digit.
  fileprivate var asciiDigit: Int? {
    ("0"..."9").contains(self) ? Int(value - 0x30) : nil
  }

  fileprivate var isOctalDigit: Bool { ("0"..."7").contains(self) }

  fileprivate var isASCIIAlphanumeric: Bool {
    ("0"..."9").contains(self) || ("a"..."z").contains(self) || ("A"..."Z").contains(self)
  }

  fileprivate var hexDigitValue: UInt32? {
    switch self {
    case "0"..."9": return value - 0x30
    case "a"..."f": return value - 0x61 + 10
    case "A"..."F": return value - 0x41 + 10
    default: return nil
    }
  }
}
