/// Reads the gcloud `--filter` language: `: = != < <= > >= ~ !~`, NOT and `-`, AND/OR (never mixed
/// at one parenthesis level), side-by-side terms (AND, lowest precedence), list operands
/// `key:(a b)`, quoting with gcloud's escapes, `*` patterns, transforms, and bare words.
struct GcloudFilterParser {
  private var scanner: FilterScanner
  /// Characters that end an unquoted key name.
  private static let reserved = Set(":=!<>~()[].{},+*/%&|^#;?".unicodeScalars)
  /// Characters that start an operator.
  private static let operatorStarts = Set(":=!<>~".unicodeScalars)

  init(_ text: String) {
    scanner = FilterScanner(text)
  }

  /// Parses the whole filter; an empty filter is the empty conjunction.
  mutating func parse() throws(FilterError) -> FilterExpr {
    scanner.skipWhitespace()
    if scanner.atEnd { return FilterExpr(.and([]), span: FilterSpan(column: 1, length: 0)) }
    let expr = try parseExpression()
    scanner.skipWhitespace()
    if !scanner.atEnd {
      throw FilterError("unmatched ')'", at: scanner.here, help: "remove it or add the '(' it closes")
    }
    return expr
  }

  /// expr = adjterm { ws adjterm }: side-by-side terms mean AND.
  private mutating func parseExpression() throws(FilterError) -> FilterExpr {
    let start = scanner.index
    var items = [try parseLogicChain()]
    while true {
      scanner.skipWhitespace()
      if scanner.atEnd || scanner.peek() == ")" { break }
      items.append(try parseLogicChain())
    }
    return FilterExpr.all(items, span: scanner.span(from: start))
  }

  /// Terms joined by AND or by OR; mixing both at one level is an error, as in gcloud.
  private mutating func parseLogicChain() throws(FilterError) -> FilterExpr {
    let start = scanner.index
    var items = [try parseNotTerm()]
    var keyword: String?
    while true {
      let save = scanner.index
      scanner.skipWhitespace()
      guard let found = ["AND", "OR"].first(where: { scanner.atKeyword($0) }) else {
        scanner.index = save
        break
      }
      if let keyword, keyword != found {
        throw FilterError(
          "AND and OR are combined without parentheses", at: FilterSpan(column: scanner.column, length: found.count),
          help: "add parentheses, e.g. (a OR b) AND c")
      }
      keyword = found
      scanner.index += found.count
      scanner.skipWhitespace()
      if scanner.atEnd || scanner.peek() == ")" {
        throw FilterError("'\(found)' must be followed by a term", at: scanner.here, help: "complete or remove it")
      }
      items.append(try parseNotTerm())
    }
    let span = scanner.span(from: start)
    return keyword == "OR" ? FilterExpr.any(items, span: span) : FilterExpr.all(items, span: span)
  }

  /// andterm = [ NOT ] term; `NOT NOT x` reads the second NOT as a bare word, as gcloud does.
  private mutating func parseNotTerm() throws(FilterError) -> FilterExpr {
    let start = scanner.index
    guard scanner.atKeyword("NOT") else { return try parseTerm() }
    scanner.index += 3
    scanner.skipWhitespace()
    if scanner.atEnd || scanner.peek() == ")" {
      throw FilterError("'NOT' must be followed by a term", at: scanner.here, help: "complete or remove it")
    }
    let inner: FilterExpr
    if scanner.atKeyword("NOT") {
      inner = FilterExpr(.word("NOT"), span: FilterSpan(column: scanner.column, length: 3))
      scanner.index += 3
    } else {
      inner = try parseTerm()
    }
    return FilterExpr(.not(inner), span: scanner.span(from: start))
  }

  /// term = "(" expr ")" | [ "-" ] restriction | [ "-" ] word
  private mutating func parseTerm() throws(FilterError) -> FilterExpr {
    let start = scanner.index
    if scanner.peek() == "(" {
      scanner.index += 1
      scanner.skipWhitespace()
      if scanner.peek() == ")" {
        throw FilterError("empty parentheses", at: scanner.span(from: start), help: "put a term inside or remove them")
      }
      if scanner.atEnd {
        throw FilterError(
          "'(' is never closed", at: FilterSpan(column: start + 1, length: 1), help: "add the missing ')'")
      }
      try scanner.enterGroup(openedAt: start)
      var inner = try parseExpression()
      scanner.leaveGroup()
      guard scanner.peek() == ")" else {
        throw FilterError(
          "'(' is never closed", at: FilterSpan(column: start + 1, length: 1), help: "add the missing ')'")
      }
      scanner.index += 1
      inner.span = scanner.span(from: start)
      return inner
    }
    if scanner.peek() == ")" {
      throw FilterError("unmatched ')'", at: scanner.here, help: "remove it or add the '(' it closes")
    }
    for keyword in ["AND", "OR"] where scanner.atKeyword(keyword) {
      throw FilterError(
        "'\(keyword)' needs a term before it", at: FilterSpan(column: scanner.column, length: keyword.count),
        help: "write a term such as status:RUNNING first")
    }
    let negated = scanner.peek() == "-"
    if negated {
      scanner.index += 1
      if scanner.peek() == "(" {
        throw FilterError(
          "'-' negates only a single term", at: FilterSpan(column: start + 1, length: 1), help: "write NOT (…) instead")
      }
    }
    let term = try parseRestrictionOrWord()
    return negated ? FilterExpr(.not(term), span: scanner.span(from: start)) : term
  }

  private mutating func parseRestrictionOrWord() throws(FilterError) -> FilterExpr {
    let keyStart = scanner.index
    var key = try parseKey()
    if scanner.peek() == "(" {
      let call = try parseCallArguments()
      if key.parts.count == 1 {
        return FilterExpr(.word(scanner.text(keyStart, scanner.index)), span: scanner.span(from: keyStart))
      }
      key.transform = key.parts.removeLast().name + call
    }
    let keySpan = scanner.span(from: keyStart)
    let afterKey = scanner.index
    scanner.skipWhitespace()
    guard let op = try parseOperator() else {
      scanner.index = afterKey
      return try parseWord(from: keyStart)
    }
    let opSpan = FilterSpan(column: scanner.column - op.rawValue.count, length: op.rawValue.count)
    if key.parts.isEmpty {
      throw FilterError("missing key before '\(op.rawValue)'", at: opSpan, help: "write a key such as status:RUNNING")
    }
    scanner.skipWhitespace()
    let operandStart = scanner.index
    let operand = try parseOperand(after: op, opSpan: opSpan)
    let restriction = FilterRestriction(
      key: key, op: op, operand: operand, keySpan: keySpan, operandSpan: scanner.span(from: operandStart))
    return FilterExpr(restriction)
  }

  /// A bare word (global restriction): the whole token from `start`.
  private mutating func parseWord(from start: Int) throws(FilterError) -> FilterExpr {
    scanner.index = start
    let token = try readToken(inList: false)
    if token.text.isEmpty && !token.quoted {
      throw FilterError(
        "expected a term but found '\(scanner.peek().map(String.init) ?? "")'", at: scanner.here,
        help: "write a restriction such as status:RUNNING")
    }
    return FilterExpr(.word(scanner.text(start, scanner.index)), span: scanner.span(from: start))
  }

  /// key = keypart { "." keypart }, keypart = ( name | quoted ) { "[" [ digits ] "]" }
  private mutating func parseKey() throws(FilterError) -> FilterKey {
    var parts: [FilterKey.Part] = []
    while true {
      var part: FilterKey.Part
      if let quote = scanner.peek(), quote == "\"" || quote == "'" {
        part = FilterKey.Part(name: try readQuoted(), quoted: true)
      } else {
        let start = scanner.index
        while let scalar = scanner.peek(), !FilterScanner.isWhitespace(scalar), !Self.reserved.contains(scalar) {
          scanner.index += 1
        }
        if scanner.index == start {
          if parts.isEmpty { return FilterKey(parts: []) }
          throw FilterError("expected a name after '.'", at: scanner.here, help: "complete the key or remove the '.'")
        }
        part = FilterKey.Part(name: scanner.text(start, scanner.index))
      }
      while scanner.peek() == "[" {
        let open = scanner.index
        scanner.index += 1
        let start = scanner.index
        while let scalar = scanner.peek(), ("0"..."9").contains(scalar) { scanner.index += 1 }
        guard scanner.peek() == "]" else {
          throw FilterError("'[' is never closed", at: FilterSpan(column: open + 1, length: 1), help: "write [N] or []")
        }
        part.indexes.append(scanner.text(start, scanner.index))
        scanner.index += 1
      }
      parts.append(part)
      guard scanner.peek() == "." else { return FilterKey(parts: parts) }
      scanner.index += 1
    }
  }

  /// The `(args)` of a transform or function call, verbatim, quotes respected.
  private mutating func parseCallArguments() throws(FilterError) -> String {
    let open = scanner.index
    var depth = 0
    while let scalar = scanner.peek() {
      if scalar == "\"" || scalar == "'" {
        _ = try readQuoted()
        continue
      }
      scanner.index += 1
      if scalar == "(" { depth += 1 }
      if scalar == ")" {
        depth -= 1
        if depth == 0 { return scanner.text(open, scanner.index) }
      }
    }
    throw FilterError("'(' is never closed", at: FilterSpan(column: open + 1, length: 1), help: "add the missing ')'")
  }

  /// One of `: = != < <= > >= ~ !~` at the cursor, nil when none starts there.
  private mutating func parseOperator() throws(FilterError) -> FilterOperator? {
    guard let first = scanner.peek(), Self.operatorStarts.contains(first) else { return nil }
    for op in [
      FilterOperator.lessOrEqual, .greaterOrEqual, .notEqual, .regexNotSearch, .equal, .less, .greater,
      .has, .regexSearch,
    ]
    where scanner.looking(at: op.rawValue) {
      scanner.index += op.rawValue.count
      return op
    }
    throw FilterError("'!' must be part of '!=' or '!~'", at: scanner.here, help: "write != or !~")
  }

  private mutating func parseOperand(after op: FilterOperator, opSpan: FilterSpan) throws(FilterError)
    -> FilterOperand
  {
    if scanner.peek() == "(" {
      guard op == .has || op == .equal else {
        throw FilterError(
          "a list operand is allowed only after ':' or '='", at: scanner.here, help: "compare with a single value")
      }
      return .list(try parseList())
    }
    if let first = scanner.peek(), Self.operatorStarts.contains(first) {
      throw FilterError(
        "unexpected '\(first)' after '\(op.rawValue)'", at: scanner.here, help: "use a single comparison operator")
    }
    let start = scanner.index
    let token = try readToken(inList: false)
    let span = scanner.span(from: start)
    if token.text.isEmpty && !token.quoted {
      throw FilterError(
        "missing value after '\(op.rawValue)'", at: opSpan, help: "write a value, or \"\" to match an empty one")
    }
    if op == .has, token.text == "*" { return .presence }
    try checkPattern(token, op: op, span: span)
    return .value(token)
  }

  /// list = "(" token { sep token } ")"; items AND, OR and NOT are dropped, as gcloud does.
  private mutating func parseList() throws(FilterError) -> [FilterValue] {
    let open = scanner.index
    scanner.index += 1
    var items: [FilterValue] = []
    while true {
      while let scalar = scanner.peek(), FilterScanner.isWhitespace(scalar) || scalar == "," { scanner.index += 1 }
      if scanner.peek() == ")" {
        scanner.index += 1
        break
      }
      if scanner.atEnd || scanner.peek() == "(" {
        throw FilterError(
          "the list opened here is never closed", at: FilterSpan(column: open + 1, length: 1),
          help: "add the missing ')'")
      }
      let token = try readToken(inList: true)
      if !token.quoted, ["AND", "OR", "NOT"].contains(token.text) { continue }
      items.append(token)
    }
    if items.isEmpty {
      throw FilterError("empty list", at: scanner.span(from: open), help: "put at least one value in the list")
    }
    return items
  }

  /// True when `pattern` compiles. gcloud's Python regexes may look behind, which Swift's `Regex` cannot,
  /// so a lookbehind is checked as the plain group it reads like.
  private static func compiles(_ pattern: String) -> Bool {
    let checked = pattern.replacing("(?<=", with: "(?:").replacing("(?<!", with: "(?:")
    return (try? Regex(checked)) != nil
  }

  /// Refuses `*` patterns gcloud rejects and regexes that do not compile.
  private func checkPattern(_ token: FilterValue, op: FilterOperator, span: FilterSpan) throws(FilterError) {
    // gcloud's lexer forgets quotes, so a quoted '*' is a pattern character too.
    if op == .has, token.text.filter({ $0 == "*" }).count > 1 {
      throw FilterError("a ':' pattern may contain only one '*'", at: span, help: "use '~' for richer patterns")
    }
    if op == .regexSearch || op == .regexNotSearch, !Self.compiles(token.text) {
      throw FilterError("'\(token.text)' is not a valid regular expression", at: span, help: "fix the regex")
    }
  }

  /// A token: unquoted scalars and quoted parts up to whitespace or a parenthesis (or a comma in
  /// a list), with gcloud's escapes applied (`\\`, `\"`, `\'`; any other `\x` stays as written).
  private mutating func readToken(inList: Bool) throws(FilterError) -> FilterValue {
    var text = String.UnicodeScalarView()
    var quoted = false
    while let scalar = scanner.peek() {
      if FilterScanner.isWhitespace(scalar) || scalar == "(" || scalar == ")" || (inList && scalar == ",") { break }
      if scalar == "\"" || scalar == "'" {
        text.append(contentsOf: try readQuoted().unicodeScalars)
        quoted = true
        continue
      }
      if readEscape(into: &text) { continue }
      text.append(scalar)
      scanner.index += 1
    }
    return FilterValue(String(text), quoted: quoted)
  }

  /// Applies a backslash escape at the cursor to `text`; false when the cursor is not on one.
  private mutating func readEscape(into text: inout String.UnicodeScalarView) -> Bool {
    guard scanner.peek() == "\\", let next = scanner.peek(1) else { return false }
    scanner.index += 2
    if next != "\\" && next != "\"" && next != "'" { text.append("\\") }
    text.append(next)
    return true
  }

  /// A quoted string at the cursor, escapes applied, quotes removed.
  private mutating func readQuoted() throws(FilterError) -> String {
    let open = scanner.index
    let quote = scanner[open]
    scanner.index += 1
    var text = String.UnicodeScalarView()
    while let scalar = scanner.peek(), scalar != quote {
      if readEscape(into: &text) { continue }
      text.append(scalar)
      scanner.index += 1
    }
    guard !scanner.atEnd else {
      throw FilterError(
        "the quoted string is never closed", at: FilterSpan(column: open + 1, length: 1),
        help: "add the closing \(quote)")
    }
    scanner.index += 1
    return String(text)
  }
}
