import Testing

@testable import SDCore
@testable import SDYAML

@Suite struct YAMLParserTests {
  private func parse(_ text: String) -> YAMLParseResult {
    YAMLParser().parse(SourceText(path: "t.yml", text: text))
  }

  @Test func positionsOfKeysAndValues() throws {
    let result = parse("global:\n  scrape_interval: 15s\n")
    #expect(result.diagnostics.isEmpty)
    let doc = result.document
    let root = try #require(doc.root)
    let global = try #require(doc.value(forKey: "global", in: root))
    let pair = try #require(doc.pairs(global).first)
    #expect(doc[pair.key].range.start == SourcePosition(line: 2, column: 3))
    #expect(doc[pair.value].value == "15s")
    #expect(doc[pair.value].range == SourceRange(line: 2, column: 20, length: 3))
  }

  @Test func emptyFileIsAnEmptyDocument() {
    let result = parse("")
    #expect(result.diagnostics.isEmpty)
    #expect(result.document.root == nil)
  }

  @Test func onlyLibyamlInTheEnvironmentForcesLibyaml() {
    #expect(YAMLReaderChoice(environmentValue: "libyaml") == .libyaml)
    for other in [nil, "", "block", "LIBYAML", "libyaml "] {
      #expect(YAMLReaderChoice(environmentValue: other) == .automatic, "\(other.debugDescription)")
    }
  }

  @Test func forcingLibyamlGivesTheSameDocument() {
    let source = SourceText(path: "t.yml", text: "global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: a\n")
    let forced = YAMLParser(reader: .libyaml).parse(source)
    #expect(forced == YAMLParser(reader: .automatic).parse(source))
    #expect(forced.diagnostics.isEmpty && forced.document.root != nil)
  }
}
