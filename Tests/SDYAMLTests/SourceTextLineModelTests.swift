import Testing

@testable import SDCore
@testable import SDYAML

/// `SourceText` is the one line model: line breaks as libyaml counts them, positions to byte offsets
/// and back, and ranges kept inside the file.
@Suite struct SourceTextLineModelTests {
  /// One key per line, `k1` … `k4`, separated by the break under test.
  private static func keys(separatedBy lineBreak: String) -> String {
    ["k1: a", "k2: b", "k3: c", "k4: d"].joined(separator: lineBreak) + lineBreak
  }

  @Test(arguments: ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"])
  func everyLibYAMLLineBreakStartsALine(lineBreak: String) {
    let source = SourceText(path: "p.yml", text: Self.keys(separatedBy: lineBreak))
    #expect(source.lineCount == 4)
    #expect((1...4).map(source.line) == ["k1: a", "k2: b", "k3: c", "k4: d"])
    let width = lineBreak.utf8.count
    #expect(source.offset(of: SourcePosition(line: 3, column: 5)) == 2 * (5 + width) + 4)
    #expect(source.offset(of: SourcePosition(line: 3, column: 99)) == 2 * (5 + width) + 5)
    #expect(source.position(ofByte: 2 * (5 + width) + 4) == SourcePosition(line: 3, column: 5))
  }

  @Test(arguments: ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"])
  func libYAMLPositionsAndTheLineModelAgree(lineBreak: String) {
    let text = "global: {}\nscrape_configs:\n  - job_name: 'a'\n    honor_labels: !!bool true\n"
    let source = SourceText(path: "p.yml", text: text.replacing("\n", with: lineBreak))
    let parse = YAMLParser().parse(source)
    #expect(parse.diagnostics.isEmpty)
    let values = parse.document.nodes.filter { $0.kind == .scalar }.map { node in
      String(
        decoding: source.bytes[source.offset(of: node.valueRange.start)..<source.offset(of: node.valueRange.end)],
        as: UTF8.self)
    }
    #expect(values == ["global", "scrape_configs", "job_name", "'a'", "honor_labels", "true"])
  }

  @Test func anchoredOrTaggedScalarsStartAtTheirValue() throws {
    let source = SourceText(path: "p.yml", text: "a: &x 'v'\nb: !!str  # note\n  w\nc: *x\n")
    let parse = YAMLParser().parse(source)
    let scalars = parse.document.nodes.filter { $0.kind == .scalar }.map(\.valueRange.start)
    #expect(parse.document.nodes.filter { $0.kind == .scalar }.map(\.range.start.column) == [1, 4, 1, 4, 1])
    #expect(
      scalars == [
        SourcePosition(line: 1, column: 1), SourcePosition(line: 1, column: 7), SourcePosition(line: 2, column: 1),
        SourcePosition(line: 3, column: 3), SourcePosition(line: 4, column: 1),
      ])
  }

  @Test func rangesAreClampedToTheFile() {
    let source = SourceText(path: "p.yml", text: "ab\ncd")
    #expect(source.endPosition == SourcePosition(line: 2, column: 3))
    #expect(
      source.clamped(SourceRange(start: SourcePosition(line: 3, column: 1), end: SourcePosition(line: 3, column: 2)))
        == SourceRange(at: SourcePosition(line: 2, column: 3)))
    #expect(source.clamped(SourceRange(line: 1, column: 2, length: 9)) == SourceRange(line: 1, column: 2, length: 1))
  }

  @Test func theLastCollectionEndsInsideTheFile() {
    for text in ["a: 1\nb: [2]", "a: 1\nb: &x\n  - 2", "a:\n  - 1\n"] {
      let source = SourceText(path: "p.yml", text: text)
      let root = YAMLParser().parse(source).document.nodes.map(\.range.end)
      #expect(root.allSatisfy { $0 <= source.endPosition }, "\(text)")
      #expect(root.max() == source.endPosition, "\(text)")
    }
  }

  @Test func endOfFileAndEncodingErrorsPointInsideTheFile() {
    let unterminated = YAMLParser().parse(SourceText(path: "p.yml", text: "a: 'open\nb: c"))
    #expect(unterminated.diagnostics.map(\.range) == [SourceRange(at: SourcePosition(line: 2, column: 5))])
    let flow = YAMLParser().parse(SourceText(path: "p.yml", text: "a: [1, 2"))
    #expect(flow.diagnostics.map(\.range) == [SourceRange(at: SourcePosition(line: 1, column: 9))])
    let invalid = YAMLParser().parse(SourceText(path: "p.yml", bytes: Array("a: b\nc: d".utf8) + [0xFF]))
    #expect(invalid.diagnostics.map(\.range) == [SourceRange(line: 2, column: 5, length: 1)])
  }

  @Test func utf16IsReadAsUTF8AndWrittenBack() {
    let text = "\u{FEFF}a: é\r\nb: 🚀\r\n"
    for bigEndian in [false, true] {
      let bytes = text.utf16.flatMap { unit in
        bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      }
      let source = SourceText(path: "p.yml", bytes: bytes)
      #expect(source.encoding == .utf16(bigEndian: bigEndian))
      #expect(source.bytes == Array(text.utf8))
      #expect(source.line(2) == "b: 🚀")
      #expect(source.encoding.encode(source.bytes) == bytes)
    }
    #expect(
      SourceText(path: "p.yml", bytes: [0xFF, 0xFE, 0x00, 0x00, 0x61, 0, 0, 0]).encoding == .unsupported("UTF-32LE"))
    #expect(SourceText(path: "p.yml", bytes: [0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00]).encoding.encode([]) == nil)
  }
}
