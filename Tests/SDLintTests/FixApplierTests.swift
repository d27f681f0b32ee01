import Testing

@testable import SDCore
@testable import SDLint

@Suite struct FixApplierTests {
  private func replace(
    _ line: Int, _ column: Int, _ length: Int, with replacement: String, safe: Bool = true, file: String? = nil
  ) -> Diagnostic {
    let range = SourceRange(line: line, column: column, length: length)
    return Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: "m", range: range, file: file,
      fixes: [
        Fix(title: "use '\(replacement)'", edits: [TextEdit(range: range, replacement: replacement)], isSafe: safe)
      ])
  }

  private func applied(_ text: String, _ diagnostics: [Diagnostic], applier: FixApplier = FixApplier()) -> String {
    String(decoding: applier.apply(diagnostics, to: SourceText(path: "p.yml", text: text)).bytes, as: UTF8.self)
  }

  @Test func replacesKeepingCommentsAndFormatting() {
    let text = "scrape_configs:   # jobs\n  - job_name: a\n    zome: us-east1-b  # typo\n"
    #expect(
      applied(text, [replace(3, 5, 4, with: "zone")])
        == "scrape_configs:   # jobs\n  - job_name: a\n    zone: us-east1-b  # typo\n")
  }

  @Test func appliesOnlySafeFixesUnlessAskedForAll() {
    let text = "a: x\nb: y\n"
    let diagnostics = [replace(1, 4, 1, with: "safe"), replace(2, 4, 1, with: "risky", safe: false)]
    #expect(applied(text, diagnostics) == "a: safe\nb: y\n")
    #expect(applied(text, diagnostics, applier: FixApplier(includeUnsafe: true)) == "a: safe\nb: risky\n")
  }

  @Test func keepsCRLFLineBreaksAndWritesCRLFInReplacements() {
    let text = "a: x\r\nb: y\r\n"
    let endOfLine = Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: "m", range: .fileStart,
      fixes: [
        Fix(
          title: "append",
          edits: [TextEdit(range: SourceRange(line: 2, column: 5, length: 9), replacement: "\n  c: z")], isSafe: true)
      ])
    #expect(applied(text, [replace(1, 4, 1, with: "long value"), endOfLine]) == "a: long value\r\nb: y\r\n  c: z\r\n")
  }

  @Test func keepsTheByteOrderMarkAndCountsColumnsAfterIt() {
    let result = FixApplier().apply(
      [replace(1, 1, 4, with: "zone")],
      to: SourceText(path: "p.yml", bytes: [0xEF, 0xBB, 0xBF] + Array("zome: a\n".utf8)))
    #expect(result.bytes == [0xEF, 0xBB, 0xBF] + Array("zone: a\n".utf8))
  }

  @Test func countsColumnsInUnicodeScalars() {
    #expect(
      applied("k: \"环境\" # é\nzome: 1\n", [replace(1, 4, 4, with: "env"), replace(2, 1, 4, with: "zone")])
        == "k: env # é\nzone: 1\n")
    #expect(applied("k: 🚀x\n", [replace(1, 5, 1, with: "y")]) == "k: 🚀y\n")
  }

  @Test func skipsAFixOverlappingOneAppliedBeforeIt() {
    let first = replace(1, 1, 5, with: "AAAAA")
    let overlapping = replace(1, 3, 5, with: "BBBBB")
    let touching = replace(1, 6, 2, with: "CC")
    let result = FixApplier().apply(
      [touching, overlapping, first], to: SourceText(path: "p.yml", text: "0123456789\n"))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "AAAAACC789\n")
    #expect(result.applied.map(\.fix.title) == ["use 'AAAAA'", "use 'CC'"])
    #expect(result.skipped.map(\.fix.title) == ["use 'BBBBB'"])
    #expect(result.skipped.first?.diagnostic == overlapping)
  }

  @Test func skipsAWholeFixWhenOneOfItsEditsOverlaps() {
    let twoEdits = Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: "m", range: SourceRange(line: 2, column: 1, length: 1),
      fixes: [
        Fix(
          title: "both",
          edits: [
            TextEdit(range: SourceRange(line: 2, column: 1, length: 1), replacement: "Y"),
            TextEdit(range: SourceRange(line: 1, column: 2, length: 1), replacement: "Z"),
          ], isSafe: true)
      ])
    let result = FixApplier().apply(
      [twoEdits, replace(1, 1, 3, with: "abc")], to: SourceText(path: "p.yml", text: "xyz\nw\n"))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "abc\nw\n")
    #expect(result.skipped.map(\.fix.title) == ["both"])
  }

  @Test func treatsInsertionsAtOnePlaceAsConflictingButBesideAReplacementAsFine() {
    let insertA = replace(1, 3, 0, with: "A")
    let insertB = replace(1, 3, 0, with: "B")
    let replaceAfter = replace(1, 3, 2, with: "CD")
    let result = FixApplier().apply([insertA, insertB, replaceAfter], to: SourceText(path: "p.yml", text: "12345\n"))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "12ACD5\n")
    #expect(result.skipped.map(\.fix.title) == ["use 'B'"])
    let inside = FixApplier().apply(
      [replace(1, 2, 3, with: "x"), replace(1, 3, 0, with: "I")], to: SourceText(path: "p.yml", text: "12345\n"))
    #expect(String(decoding: inside.bytes, as: UTF8.self) == "1x5\n")
    #expect(inside.skipped.count == 1)
  }

  @Test func appliesOnlyTheFirstEligibleFixOfADiagnostic() {
    let range = SourceRange(line: 1, column: 1, length: 1)
    let diagnostic = Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: "m", range: range,
      fixes: [
        Fix(title: "unsafe", edits: [TextEdit(range: range, replacement: "U")], isSafe: false),
        Fix(title: "first safe", edits: [TextEdit(range: range, replacement: "S")], isSafe: true),
        Fix(title: "second safe", edits: [TextEdit(range: range, replacement: "T")], isSafe: true),
      ])
    let result = FixApplier().apply([diagnostic], to: SourceText(path: "p.yml", text: "x\n"))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "S\n")
    #expect(result.applied.map(\.fix.title) == ["first safe"])
    #expect(result.skipped.isEmpty)
  }

  @Test func appliesOnlyFixesPointingIntoTheGivenFile() {
    let diagnostics = [replace(1, 1, 1, with: "main"), replace(1, 1, 1, with: "included", file: "inc.yml")]
    let main = FixApplier().apply(diagnostics, to: SourceText(path: "p.yml", text: "x\n"))
    #expect(String(decoding: main.bytes, as: UTF8.self) == "main\n")
    let included = FixApplier().apply(diagnostics, to: SourceText(path: "inc.yml", text: "x\n"), file: "inc.yml")
    #expect(String(decoding: included.bytes, as: UTF8.self) == "included\n")
  }

  @Test func leavesTheBytesAloneWhenThereIsNothingToApply() {
    let bytes: [UInt8] = [0x61, 0xFF, 0x0D, 0x0A]
    let result = FixApplier().apply(
      [replace(1, 1, 1, with: "b", safe: false)], to: SourceText(path: "p.yml", bytes: bytes))
    #expect(result.bytes == bytes)
    #expect(result.applied.isEmpty && result.skipped.isEmpty)
  }

  @Test func clampsPositionsPastTheEndOfALineOrFileToIt() {
    #expect(applied("ab\r\ncd", [replace(1, 2, 40, with: "X"), replace(7, 1, 1, with: "!")]) == "aX\r\ncd!")
  }
}

/// The applier on files whose line breaks or encoding are not plain LF UTF-8.
@Suite struct FixApplierEncodingTests {
  private let zome = Diagnostic(
    rule: RuleID("r/x"), severity: .error, message: "m", range: SourceRange(line: 2, column: 1, length: 4),
    fixes: [
      Fix(
        title: "zone", edits: [TextEdit(range: SourceRange(line: 2, column: 1, length: 4), replacement: "zone")],
        isSafe: true)
    ])

  @Test(arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}"])
  func editsLandOnTheirLineWhateverTheLineBreak(lineBreak: String) {
    let text = ["filter: x", "zome: a", "port: 1", ""].joined(separator: lineBreak)
    let result = FixApplier().apply([zome], to: SourceText(path: "p.yml", text: text))
    #expect(String(decoding: result.bytes, as: UTF8.self) == text.replacing("zome", with: "zone"))
  }

  @Test func replacementsUseTheFilesOwnLineBreak() {
    let append = Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: "m", range: .fileStart,
      fixes: [
        Fix(
          title: "append",
          edits: [TextEdit(range: SourceRange(at: SourcePosition(line: 1, column: 5)), replacement: "\n  c: z")],
          isSafe: true)
      ])
    let result = FixApplier().apply([append], to: SourceText(path: "p.yml", text: "a: x\u{85}b: y\u{85}"))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "a: x\u{85}  c: z\u{85}b: y\u{85}")
  }

  @Test func aUTF16FileIsFixedInUTF16WithItsByteOrderMark() {
    let text = "\u{FEFF}a: é\r\nzome: b\r\n"
    let bytes = text.utf16.flatMap { [UInt8(unit: $0 & 0xFF), UInt8(unit: $0 >> 8)] }
    let result = FixApplier().apply([zome], to: SourceText(path: "p.yml", bytes: bytes))
    #expect(result.refusal == nil)
    #expect(
      result.bytes == "\u{FEFF}a: é\r\nzone: b\r\n".utf16.flatMap { [UInt8(unit: $0 & 0xFF), UInt8(unit: $0 >> 8)] })
  }

  @Test func aUTF32FileIsNotFixedAndSaysWhy() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0, 0] + "a: 1\nzome: b\n".unicodeScalars.flatMap { [UInt8($0.value), 0, 0, 0] }
    let result = FixApplier().apply([zome], to: SourceText(path: "p.yml", bytes: bytes))
    #expect(result.bytes == bytes)
    #expect(result.applied.isEmpty)
    #expect(result.skipped.count == 1)
    #expect(
      result.refusal == "the file is UTF-32LE, which sdgen cannot write back unchanged; save it as UTF-8 to apply fixes"
    )
  }
}

extension UInt8 {
  fileprivate init(unit: UInt16) { self.init(truncatingIfNeeded: unit) }
}
