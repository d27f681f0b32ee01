import Testing

@testable import SDCore
@testable import SDYAML
import SDTestSupport

/// Syntax errors caused by indentation name the key, its sibling and the column to use.
@Suite struct YAMLIndentationHintTests {
  private func firstFinding(_ text: String) throws -> Diagnostic {
    try #require(YAMLParser().parse(SourceText(path: "t.yml", text: text)).diagnostics.first)
  }

  @Test func blogDashboardFilterIndentedDeeperThanSibling() throws {
    let fragment = try String(decoding: TestPaths.fixtureBytes("data/blog/dashboard.yml"), as: UTF8.self)
    let finding = try firstFinding("scrape_configs:\n" + fragment)
    #expect(finding.rule.rawValue == "yaml/syntax")
    #expect(finding.range.start == SourcePosition(line: 8, column: 15))
    #expect(finding.message.hasPrefix("invalid YAML: mapping values are not allowed in this context"))
    #expect(
      finding.help
        == "'filter' on line 8 is indented to column 9, deeper than its sibling 'port' on line 7 at column 5; indent it to column 5"
    )
  }

  @Test func keyBetweenTwoBlocks() throws {
    let finding = try firstFinding("a:\n    b: 1\n  c: 2\n")
    #expect(finding.range.start == SourcePosition(line: 3, column: 3))
    #expect(
      finding.help
        == "'c' on line 3 at column 3 does not line up with any enclosing mapping; indent it to column 5 (like 'b' on line 2) or column 1 (like 'a' on line 1)"
    )
  }
}
