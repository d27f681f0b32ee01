import Testing

@testable import GCEFilter

/// Random filter trees for property tests, drawn from pools that cover quoting, wildcards,
/// keywords as values, presence, lists, negation and nesting.
struct FilterTreeGenerator {
  var random: FilterTestRandom

  /// A random API-dialect (AIP-160) tree.
  mutating func apiTree(depth: Int = 3) -> FilterExpr {
    if depth == 0 || random.chance(45) { return apiRestriction() }
    switch random.below(3) {
    case 0:
      return FilterExpr.all(
        (0..<2 + random.below(2)).map { _ in apiTree(depth: depth - 1) }, span: .init(column: 1, length: 0))
    case 1:
      return FilterExpr.any(
        (0..<2 + random.below(2)).map { _ in apiTree(depth: depth - 1) }, span: .init(column: 1, length: 0))
    default: return FilterExpr(.not(apiTree(depth: depth - 1)))
    }
  }

  private mutating func apiRestriction() -> FilterExpr {
    let (key, values) = random.pick([
      ("status", ["RUNNING", "STOPPED", "STOPPING", "\"RUN*\"", "\"*ING\""]),
      ("name", ["web-1", "db-1", "\"web-*\"", "\"*-1\"", "\"api-test\""]),
      ("labels.env", ["prod", "\"staging\"", "dev", "\"AND\""]),
      ("labels.prometheus-scrape", ["true", "\"true\"", "false"]),
      ("cpuPlatform", ["\"Intel Skylake\"", "\"AMD Milan\""]),
      ("scheduling.automaticRestart", ["true", "false"]),
      ("creationTimestamp", ["\"2026-01-01\"", "\"2025-12-31T00:00:00Z\""]),
    ])
    let op = random.pick([FilterOperator.equal, .notEqual, .has, .less, .greaterOrEqual])
    if op == .has, random.chance(20) {
      return FilterExpr(FilterRestriction(key: FilterKey(path: key), op: .has, operand: .presence))
    }
    let raw = random.pick(values)
    let quoted = raw.hasPrefix("\"")
    let value = FilterValue(quoted ? String(raw.dropFirst().dropLast()) : raw, quoted: quoted)
    return FilterExpr(FilterRestriction(key: FilterKey(path: key), op: op, operand: .value(value)))
  }

  /// A random gcloud-dialect tree.
  mutating func gcloudTree(depth: Int = 3) -> FilterExpr {
    if depth == 0 || random.chance(45) {
      return random.chance(10) ? FilterExpr(.word(random.pick(["web", "and", "foo.bar"]))) : gcloudRestriction()
    }
    switch random.below(3) {
    case 0:
      return FilterExpr.all(
        (0..<2 + random.below(2)).map { _ in gcloudTree(depth: depth - 1) }, span: .init(column: 1, length: 0))
    case 1:
      return FilterExpr.any(
        (0..<2 + random.below(2)).map { _ in gcloudTree(depth: depth - 1) }, span: .init(column: 1, length: 0))
    default: return FilterExpr(.not(gcloudTree(depth: depth - 1)))
    }
  }

  private mutating func gcloudRestriction() -> FilterExpr {
    let key = FilterKey(path: random.pick(["status", "name", "labels.env", "cpuPlatform", "zone", "labels.my-label"]))
    let op = random.pick(FilterOperator.allCases.filter { !$0.isAPIRegex })
    let operand: FilterOperand
    if op == .regexSearch || op == .regexNotSearch {
      operand = .value(gcloudValue(random.pick(["^web", "-[0-9]+$", "a|b", "web"])))
    } else if op == .has && random.chance(20) {
      operand = .presence
    } else if (op == .has || op == .equal) && random.chance(25) {
      operand = .list((0..<1 + random.below(3)).map { _ in gcloudValue(gcloudLiteral()) })
    } else {
      operand = .value(gcloudValue(gcloudLiteral()))
    }
    return FilterExpr(FilterRestriction(key: key, op: op, operand: operand))
  }

  private mutating func gcloudLiteral() -> String {
    random.pick(["RUNNING", "web-1", "Intel Skylake", "prod", "a\"b", "x\\y", "web*", "", "AND", "it's", "123", "a:b"])
  }

  /// A literal quoted when gcloud needs it, and sometimes when it does not.
  private mutating func gcloudValue(_ text: String) -> FilterValue {
    FilterValue(text, quoted: GcloudFilterPrinter.needsQuotes(text) || random.chance(30))
  }
}

@Suite struct FilterPropertyTests {
  @Test func parsersNeverCrashAndErrorsNameTheirColumn() {
    var random = FilterTestRandom(seed: 20_260_127)
    let pieces = [
      "status", "labels.env", " ", "=", "!=", ":", "*", "~", "!~", "<", ">=", "(", ")", "\"", "'", "\\", "AND", "OR",
      "NOT", "-", "and", "eq", "ne", "RUNNING", "web-*", ",", "[0]", ".", "é", "x",
    ]
    for _ in 0..<3000 {
      let text = (0..<1 + random.below(12)).map { _ in random.pick(pieces) }.joined()
      let width = text.unicodeScalars.count
      for dialect in ["api", "gcloud"] {
        do {
          _ = dialect == "api" ? try APIFilter.parse(text) : try GcloudFilter.parse(text)
        } catch {
          #expect(error.message.hasSuffix("at column \(error.column)"), "\(text): \(error.message)")
          #expect((1...width + 1).contains(error.column), "\(text): column \(error.column)")
        }
      }
    }
  }

  @Test func deepNestingIsRefusedNotOverflowingTheStack() throws {
    let deep = String(repeating: "(", count: 100_000) + "a=1" + String(repeating: ")", count: 100_000)
    #expect(throws: FilterError.self) { try APIFilter.parse(deep) }
    #expect(throws: FilterError.self) { try GcloudFilter.parse(deep) }
    let allowed = String(repeating: "(", count: 64) + "a=1" + String(repeating: ")", count: 64)
    #expect(try APIFilter.parse(allowed) == term("a", .equal, "1"))
    #expect {
      try GcloudFilter.parse(String(repeating: "NOT (", count: 65) + "a=1" + String(repeating: ")", count: 65))
    } throws: { error in
      (error as? FilterError)?.message == "parentheses nest deeper than 64 levels at column 325"
    }
  }

  @Test func printingThenParsingGivesTheSameAPITree() throws {
    var generator = FilterTreeGenerator(random: FilterTestRandom(seed: 7))
    for _ in 0..<1000 {
      let tree = generator.apiTree()
      let text = APIFilter.print(tree)
      #expect(try APIFilter.parse(text) == tree, "\(text)")
    }
  }

  @Test func printingThenParsingGivesTheSameGcloudTree() throws {
    var generator = FilterTreeGenerator(random: FilterTestRandom(seed: 11))
    for _ in 0..<1000 {
      let tree = generator.gcloudTree()
      let text = GcloudFilter.print(tree)
      #expect(try GcloudFilter.parse(text) == tree, "\(text)")
    }
  }

  @Test func evaluatorAgreesAcrossExactRoundTrips() throws {
    var generator = FilterTreeGenerator(random: FilterTestRandom(seed: 3))
    var random = FilterTestRandom(seed: 5)
    let instances = try FilterEvaluatorTests.samples() + random.instances(60)
    var exact = 0
    for _ in 0..<600 {
      let text = APIFilter.print(generator.apiTree(depth: 2))
      let original = try APIFilter.parse(text)
      guard let gcloud = try? APIFilter.toGcloud(text), let back = try? GcloudFilter.toAPI(gcloud.text),
        gcloud.isExact, back.isExact
      else { continue }
      exact += 1
      for instance in instances {
        #expect(
          FilterEvaluator.matches(original, instance) == FilterEvaluator.matches(back.expr, instance),
          "\(text) -> \(gcloud.text) -> \(back.text)")
      }
    }
    #expect(exact >= 60, "only \(exact) generated filters translated exactly both ways")
  }
}
