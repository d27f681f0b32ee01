/// Reads the Compute API filter dialects: AIP-160 (`= != < <= > >= :`, `:*`, AND, OR, NOT,
/// side-by-side terms, with OR binding tighter than side-by-side, which binds tighter than AND)
/// and the regex dialect (`field eq RE2`, `field ne RE2`), refusing filters that mix the two.
struct APIFilterParser {
  private var scanner: FilterScanner
  /// Where the first explicit AND, OR, NOT or `-` occurs, for the regex-dialect check.
  private var firstLogicSpan: FilterSpan?
  /// Every restriction parsed so far, in source order.
  private(set) var restrictions: [FilterRestriction] = []
  /// Terms written side by side without their own parentheses, for the regex-dialect check.
  private var bareSequenceTerms: [FilterSpan] = []
  /// The first restriction's operator span and whether it was a regex.
  private var dialect: (isRegex: Bool, op: String)?

  /// False to accept regex terms joined by AND/OR/NOT (to suggest the side-by-side form).
  private let checksRegexDialect: Bool
  /// False when only `restrictions` and the errors are wanted: every node then has its span but no content.
  private let buildsTree: Bool
  /// The content of every node when the tree is not built.
  private static let unbuilt = FilterExpr.Node.and([])

  init(_ text: String, checksRegexDialect: Bool = true, buildsTree: Bool = true) {
    scanner = FilterScanner(text)
    self.checksRegexDialect = checksRegexDialect
    self.buildsTree = buildsTree
  }

  /// A node with `span` made by `node`, or with no content when the tree is not built.
  private func expr(_ span: FilterSpan, _ node: () -> FilterExpr) -> FilterExpr {
    buildsTree ? node() : FilterExpr(Self.unbuilt, span: span)
  }

  /// Parses the whole filter; an empty filter is the empty conjunction.
  mutating func parse() throws(FilterError) -> FilterExpr {
    scanner.skipWhitespace()
    if scanner.atEnd { return FilterExpr(.and([]), span: FilterSpan(column: 1, length: 0)) }
    let expr = try parseExpression()
    scanner.skipWhitespace()
    if !scanner.atEnd {
      if scanner.peek() == ")" {
        throw FilterError("unmatched ')'", at: scanner.here, help: "remove it or add the '(' it closes")
      }
      throw FilterError("unexpected text", at: scanner.here, help: "combine terms with AND, OR or parentheses")
    }
    if checksRegexDialect, dialect?.isRegex == true {
      if let logic = firstLogicSpan {
        throw FilterError(
          "the regex dialect (eq/ne) does not allow AND, OR, NOT or '-'", at: logic,
          help: "put each term in parentheses side by side, e.g. (name eq web-.*)(status eq RUNNING)",
          kind: .regexWithLogic)
      }
      if let bare = bareSequenceTerms.first {
        throw FilterError(
          "several regex (eq/ne) terms must each be in parentheses", at: bare,
          help: "write them as (name eq web-.*)(status eq RUNNING)", kind: .regexWithLogic)
      }
    }
    return expr
  }

  /// expression = sequence { AND sequence }
  private mutating func parseExpression() throws(FilterError) -> FilterExpr {
    try parseJoined(by: "AND", combine: FilterExpr.all) { (parser: inout Self) throws(FilterError) in
      try parser.parseSequence()
    }
  }

  /// operand { keyword operand }, the operands combined by `combine` (AND or OR); a lone operand is
  /// returned as it is, without building a list.
  private mutating func parseJoined(
    by keyword: String, combine: ([FilterExpr], FilterSpan) -> FilterExpr,
    operand: (inout Self) throws(FilterError) -> FilterExpr
  ) throws(FilterError) -> FilterExpr {
    let start = scanner.index
    let first = try operand(&self)
    var items: [FilterExpr] = []
    var joined = false
    while true {
      let save = scanner.index
      scanner.skipWhitespace()
      guard scanner.atKeyword(keyword) else {
        scanner.index = save
        break
      }
      noteLogic(at: FilterSpan(column: scanner.column, length: keyword.utf8.count))
      scanner.index += keyword.utf8.count
      try expectTerm(after: keyword)
      joined = true
      let next = try operand(&self)
      guard buildsTree else { continue }
      if items.isEmpty {
        items.reserveCapacity(4)
        items.append(first)
      }
      items.append(next)
    }
    guard joined else { return first }
    let span = scanner.span(from: start)
    return expr(span) { combine(items, span) }
  }

  /// sequence = factor { factor }: side-by-side terms mean AND; a lone factor is returned as it is.
  private mutating func parseSequence() throws(FilterError) -> FilterExpr {
    let start = scanner.index
    let first = try parseFactor()
    var items: [FilterExpr] = []
    // The side-by-side terms without their own parentheses, noted after any nested sequence's.
    var bare: [FilterSpan] = []
    var joined = false
    while true {
      let save = scanner.index
      scanner.skipWhitespace()
      if scanner.atEnd || scanner.peek() == ")" || scanner.atKeyword("AND") || scanner.atKeyword("OR") {
        scanner.index = save
        break
      }
      if !joined {
        joined = true
        if buildsTree {
          items.reserveCapacity(4)
          items.append(first)
        }
        if scanner[start] != "(" { bare.append(first.span) }
      }
      let parenthesized = scanner.peek() == "("
      let item = try parseFactor()
      if buildsTree { items.append(item) }
      if !parenthesized { bare.append(item.span) }
    }
    guard joined else { return first }
    bareSequenceTerms += bare
    let span = scanner.span(from: start)
    return expr(span) { FilterExpr.all(items, span: span) }
  }

  /// factor = term { OR term }
  private mutating func parseFactor() throws(FilterError) -> FilterExpr {
    try parseJoined(by: "OR", combine: FilterExpr.any) { (parser: inout Self) throws(FilterError) in
      try parser.parseTerm()
    }
  }

  /// term = [ NOT | - ] simple
  private mutating func parseTerm() throws(FilterError) -> FilterExpr {
    let start = scanner.index
    if scanner.atKeyword("NOT") {
      noteLogic(at: FilterSpan(column: scanner.column, length: 3))
      scanner.index += 3
      try expectTerm(after: "NOT")
      let inner = try parseSimple()
      let span = scanner.span(from: start)
      return expr(span) { FilterExpr(.not(inner), span: span) }
    }
    if scanner.peek() == "-", let next = scanner.peek(1), !FilterScanner.isWhitespace(next) {
      noteLogic(at: scanner.here)
      scanner.index += 1
      let inner = try parseSimple()
      let span = scanner.span(from: start)
      return expr(span) { FilterExpr(.not(inner), span: span) }
    }
    return try parseSimple()
  }

  /// Remembers `span` when it is the first AND, OR, NOT or `-` of the filter.
  private mutating func noteLogic(at span: FilterSpan) {
    if firstLogicSpan == nil { firstLogicSpan = span }
  }

  /// Skips whitespace after a keyword and fails when no term follows.
  private mutating func expectTerm(after keyword: String) throws(FilterError) {
    scanner.skipWhitespace()
    if scanner.atEnd || scanner.peek() == ")" {
      throw FilterError("'\(keyword)' must be followed by a term", at: scanner.here, help: "complete or remove it")
    }
  }

  /// simple = "(" expression ")" | restriction
  private mutating func parseSimple() throws(FilterError) -> FilterExpr {
    guard scanner.peek() == "(" else { return try parseRestriction() }
    let open = scanner.index
    scanner.index += 1
    scanner.skipWhitespace()
    if scanner.peek() == ")" {
      throw FilterError("empty parentheses", at: scanner.span(from: open), help: "put a term inside or remove them")
    }
    try scanner.enterGroup(openedAt: open)
    var inner = try parseExpression()
    scanner.leaveGroup()
    scanner.skipWhitespace()
    guard scanner.peek() == ")" else {
      throw FilterError(
        "'(' is never closed", at: FilterSpan(column: open + 1, length: 1), help: "add the missing ')'")
    }
    scanner.index += 1
    inner.span = scanner.span(from: open)
    return inner
  }

  /// restriction = field comparator value | field ":" "*" | field (eq|ne) regex
  private mutating func parseRestriction() throws(FilterError) -> FilterExpr {
    let keyStart = scanner.index
    let key = try parseField()
    let keySpan = scanner.span(from: keyStart)
    let hadSpace = scanner.skipWhitespace()
    let opStart = scanner.index
    let op = try parseComparator(after: key, hadSpace: hadSpace)
    let opSpan = scanner.span(from: opStart)
    try noteDialect(isRegex: op.isAPIRegex, op: op.rawValue, at: opSpan)
    scanner.skipWhitespace()
    let valueStart = scanner.index
    let operand = try parseOperand(after: op, opSpan: opSpan)
    let restriction = FilterRestriction(
      key: key, op: op, operand: operand, keySpan: keySpan, operandSpan: scanner.span(from: valueStart))
    if restrictions.isEmpty { restrictions.reserveCapacity(4) }
    restrictions.append(restriction)
    return expr(restriction.keySpan.through(restriction.operandSpan)) { FilterExpr(restriction) }
  }

  /// field = name { "." name }, name = letter-or-digit-or-underscore { letter | digit | "_" | "-" }
  private mutating func parseField() throws(FilterError) -> FilterKey {
    var parts: [FilterKey.Part] = []
    // Most keys are `name` or `labels.key`: room for two parts spares a reallocation.
    parts.reserveCapacity(2)
    repeat {
      if !parts.isEmpty { scanner.index += 1 }
      let start = scanner.index
      while let scalar = scanner.peek(), Self.isNameScalar(scalar, first: scanner.index == start) {
        scanner.index += 1
      }
      if scanner.index == start {
        let found = scanner.peek().map { "'\($0)'" } ?? "the end of the filter"
        throw FilterError(
          "expected a field name but found \(found)", at: scanner.here,
          help: "write a restriction such as status = RUNNING")
      }
      parts.append(FilterKey.Part(name: scanner.text(start, scanner.index)))
    } while scanner.peek() == "."
    return FilterKey(parts: parts)
  }

  private static func isNameScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
    if scalar == "_" || ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) {
      return true
    }
    if !scalar.isASCII { return scalar.properties.isAlphabetic }
    return !first && scalar == "-"
  }

  /// The regex-dialect comparators.
  private static let regexComparators: [FilterOperator] = [.regexEqual, .regexNotEqual]

  /// The AIP comparator at the cursor, the longest that fits (`<=`, not `<`); nil when none starts here.
  private func aipComparator() -> FilterOperator? {
    guard let first = scanner.peek() else { return nil }
    let orEqual = scanner.peek(1) == "="
    switch first {
    case "<": return orEqual ? .lessOrEqual : .less
    case ">": return orEqual ? .greaterOrEqual : .greater
    case "!": return orEqual ? .notEqual : nil
    case "=": return .equal
    case ":": return .has
    default: return nil
    }
  }

  private mutating func parseComparator(after key: FilterKey, hadSpace: Bool) throws(FilterError) -> FilterOperator {
    if let op = aipComparator() {
      scanner.index += op.rawValue.utf8.count
      if op == .equal, scanner.peek() == "=" {
        throw FilterError(
          "'==' is not a Compute API operator", at: FilterSpan(column: scanner.column - 1, length: 2),
          help: "write a single '='")
      }
      return op
    }
    for op in Self.regexComparators where hadSpace && scanner.looking(at: op.rawValue) {
      if let next = scanner.peek(2), FilterScanner.isWhitespace(next) {
        scanner.index += 2
        return op
      }
    }
    if scanner.looking(at: "!~") || scanner.peek() == "~" {
      let length = scanner.peek() == "~" ? 1 : 2
      throw FilterError(
        "'\(scanner.text(scanner.index, scanner.index + length))' is a gcloud operator, not a Compute API one",
        at: FilterSpan(column: scanner.column, length: length),
        help: "use the regex dialect: \(key.path) \(length == 1 ? "eq" : "ne") \"RE2 matching the whole value\"")
    }
    // Name the whole word found (`AND`, not `A`), up to white space, a parenthesis or an operator.
    var end = scanner.index
    while end < scanner.count, !FilterScanner.isWhitespace(scanner[end]), !"()=!<>:~".unicodeScalars.contains(scanner[end]) {
      end += 1
    }
    end = max(end, min(scanner.index + 1, scanner.count))
    let found = scanner.atEnd ? "the end of the filter" : "'\(scanner.text(scanner.index, end))'"
    throw FilterError(
      "expected a comparison operator after '\(key.path)' but found \(found)",
      at: FilterSpan(column: scanner.column, length: max(1, end - scanner.index)),
      help: "use one of = != < <= > >= : or eq/ne")
  }

  /// Records which dialect a restriction uses and fails when it differs from the first one.
  private mutating func noteDialect(isRegex: Bool, op: String, at span: FilterSpan) throws(FilterError) {
    guard let first = dialect else {
      dialect = (isRegex, op)
      return
    }
    guard first.isRegex != isRegex else { return }
    throw FilterError(
      "'\(op)' cannot be mixed with '\(first.op)': the regex (eq/ne) and AIP dialects cannot share a filter",
      at: span, help: isRegex ? "write every term with = != : and friends" : "write every term with eq or ne",
      kind: .mixedDialects)
  }

  private mutating func parseOperand(after op: FilterOperator, opSpan: FilterSpan) throws(FilterError)
    -> FilterOperand
  {
    guard let first = scanner.peek(), first != ")" else {
      throw FilterError(
        "missing value after '\(op.rawValue)'", at: opSpan, help: "write a value, quoted if it has spaces")
    }
    if first == "\"" || first == "'" { return .value(try parseQuoted()) }
    if op == .has, first == "*", scanner.peek(1).map({ FilterScanner.isWhitespace($0) || $0 == ")" }) ?? true {
      scanner.index += 1
      return .presence
    }
    if op.isAPIRegex { return .value(parseBareRegex()) }
    if first == "(" {
      throw FilterError(
        "a list operand '(…)' is gcloud syntax, not a Compute API one", at: scanner.here,
        help: "write one restriction per value joined with OR, e.g. (status=\"RUNNING\") OR (status=\"STAGING\")")
    }
    if "=<>!~:".unicodeScalars.contains(first) {
      throw FilterError(
        "unexpected '\(first)' after '\(op.rawValue)'", at: scanner.here, help: "use a single comparison operator")
    }
    let start = scanner.index
    while let scalar = scanner.peek(), !FilterScanner.isWhitespace(scalar), scalar != "(", scalar != ")" {
      scanner.index += 1
    }
    return .value(FilterValue(scanner.text(start, scanner.index), quoted: false))
  }

  /// A quoted literal; its text is kept verbatim (a backslash only protects the next scalar).
  private mutating func parseQuoted() throws(FilterError) -> FilterValue {
    let open = scanner.index
    let quote = scanner[open]
    scanner.index += 1
    let start = scanner.index
    while let scalar = scanner.peek(), scalar != quote {
      scanner.index += scalar == "\\" ? 2 : 1
    }
    guard !scanner.atEnd else {
      throw FilterError(
        "the quoted value is never closed", at: FilterSpan(column: open + 1, length: 1),
        help: "add the closing \(quote)")
    }
    let text = scanner.text(start, scanner.index)
    scanner.index += 1
    return FilterValue(text, quoted: true)
  }

  /// An unquoted RE2 literal: up to whitespace or a `)` outside the regex's own parentheses.
  private mutating func parseBareRegex() -> FilterValue {
    let start = scanner.index
    var depth = 0
    while let scalar = scanner.peek(), !FilterScanner.isWhitespace(scalar) {
      if scalar == "\\" {
        scanner.index += 2
        continue
      }
      if scalar == "(" { depth += 1 }
      if scalar == ")" {
        if depth == 0 { break }
        depth -= 1
      }
      scanner.index += 1
    }
    scanner.index = min(scanner.index, scanner.count)
    return FilterValue(scanner.text(start, scanner.index), quoted: false)
  }
}
