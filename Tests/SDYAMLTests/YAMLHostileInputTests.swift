import Foundation
import Testing

@testable import SDCore
@testable import SDYAML
import SDTestSupport

/// Hostile and unusual inputs each give one clear, positioned finding and never crash or hang.
@Suite struct YAMLHostileInputTests {
  private func parse(_ bytes: [UInt8]) -> YAMLParseResult {
    YAMLParser().parse(SourceText(path: "t.yml", bytes: bytes))
  }

  private func parse(_ text: String) -> YAMLParseResult { parse(Array(text.utf8)) }

  @Test func aliasBombIsRefused() throws {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(aliases)]")
    }
    let result = parse(lines.joined(separator: "\n") + "\n")
    let finding = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "yaml/limits")
    #expect(finding.range.start == SourcePosition(line: 7, column: 5))
    #expect(result.failed)
  }

  @Test func deepFlowNestingIsAnErrorNotACrash() throws {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let result = parse(text)
    let finding = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "yaml/limits")
    #expect(finding.range.start == SourcePosition(line: 1, column: 257))
  }

  @Test func invalidUTF8IsPositioned() throws {
    let result = parse(Array("a: b\nc: ".utf8) + [0xFF, 0xFE] + Array(" d\n".utf8))
    let finding = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "yaml/encoding")
    #expect(finding.range.start == SourcePosition(line: 2, column: 4))
    #expect(finding.message == "the file is not valid UTF-8 (invalid leading UTF-8 octet)")
  }

  @Test func nulByteIsPositioned() throws {
    let result = parse(Array("a: b\nc: d".utf8) + [0] + [10])
    let finding = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "yaml/encoding")
    #expect(finding.range.start == SourcePosition(line: 2, column: 5))
  }

  @Test func binaryJunkGivesOneError() {
    var generator = SplitMix64(seed: 42)
    let bytes = (0..<20_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let result = parse(bytes)
    #expect(result.diagnostics.count == 1)
    #expect(result.failed)
  }

  @Test func emptyAndCommentOnlyFilesAreValid() {
    for text in ["", "# only a comment\n", "\n\n"] {
      let result = parse(text)
      #expect(result.diagnostics.isEmpty)
      #expect(result.document.root == nil)
    }
  }

  @Test func byteOrderMarkAndCRLFAreAccepted() throws {
    let result = parse([0xEF, 0xBB, 0xBF] + Array("global:\r\n  scrape_interval: 15s\r\n".utf8))
    #expect(result.diagnostics.isEmpty)
    let document = result.document
    let root = try #require(document.root)
    let global = try #require(document.value(forKey: "global", in: root))
    let interval = try #require(document.value(forKey: "scrape_interval", in: global))
    #expect(document[interval].value == "15s")
    #expect(document[interval].range.start == SourcePosition(line: 2, column: 20))
  }

  @Test func secondDocumentIsNotedAndNotParsed() throws {
    let result = parse("a: 1\n---\nb: [\n")
    let finding = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "yaml/second-document")
    #expect(finding.severity == .warning)
    #expect(finding.range.start == SourcePosition(line: 2, column: 1))
    #expect(!result.failed)
    #expect(result.document.root != nil)
  }

  @Test func everyDuplicateKeyIsReportedWithBothPlaces() {
    let result = parse("a: 1\nb: 2\na: 3\na: 4\n")
    #expect(result.diagnostics.map(\.rule.rawValue) == ["yaml/duplicate-key", "yaml/duplicate-key"])
    #expect(
      result.diagnostics.map(\.range.start) == [
        SourcePosition(line: 3, column: 1), SourcePosition(line: 4, column: 1),
      ])
    #expect(result.diagnostics.allSatisfy { $0.notes == ["first defined at line 1, column 1"] })
  }

  @Test func recursiveAliasIsRefused() throws {
    let result = parse("a: &x [1, *x]\n")
    let finding = try #require(result.diagnostics.first)
    #expect(finding.rule.rawValue == "yaml/syntax")
    #expect(finding.range.start == SourcePosition(line: 1, column: 11))
  }

  @Test func undefinedAliasIsRefused() throws {
    let result = parse("a: *nowhere\n")
    let finding = try #require(result.diagnostics.first)
    #expect(finding.message == "alias '*nowhere' refers to an anchor '&nowhere' that is not defined before it")
  }

  @Test func tabIndentationGetsAHint() throws {
    let result = parse("a:\n\tb: 1\n")
    let finding = try #require(result.diagnostics.first)
    #expect(finding.range.start == SourcePosition(line: 2, column: 1))
    #expect(finding.help == "indent with spaces; YAML does not allow tab characters in indentation")
  }
}
