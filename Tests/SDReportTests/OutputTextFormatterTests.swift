import Testing

@testable import SDCore
@testable import SDReport

@Suite struct OutputTextFormatterTests {
  private func report(_ text: String, _ diagnostics: [Diagnostic]) -> LintReport {
    LintReport(
      files: [LintReport.File(path: "p.yml", source: SourceText(path: "p.yml", text: text), diagnostics: diagnostics)],
      rules: [])
  }

  private func error(_ range: SourceRange, file: String? = nil) -> Diagnostic {
    Diagnostic(rule: RuleID("test/rule"), severity: .error, message: "bad", range: range, file: file)
  }

  /// The two snippet lines printed under the headline of the only diagnostic.
  private func snippet(_ text: String, _ range: SourceRange) -> [Substring] {
    let output = TextFormatter().format(report(text, [error(range)]))
    return Array(output.split(separator: "\n", omittingEmptySubsequences: false)[1...2])
  }

  @Test func underlinesARangeOnOneLine() {
    #expect(
      snippet("zone: us-central1-z\n", SourceRange(line: 1, column: 7, length: 13)) == [
        " 1 | zone: us-central1-z",
        "   |       ^~~~~~~~~~~~~",
      ])
  }

  /// A long line is shown as a window of 120 characters around the range, 40 of them before it, with `…`
  /// where it is cut; the window is cut between characters, never inside one, and the caret stays in place.
  @Test func longLinesShowAWindowAroundTheRange() {
    let line = String(repeating: "ab", count: 100) + "key: 環境é\u{301}" + String(repeating: "x", count: 200)
    let window = snippet(line + "\n", SourceRange(line: 1, column: 201, length: 3))
    let shown = String(repeating: "ab", count: 20) + "key: 環境é\u{301}" + String(repeating: "x", count: 71)
    #expect(window[0] == " 1 | …\(shown)…")
    #expect(window[1] == "   |" + String(repeating: " ", count: 42) + "^~~")
    // At a multi-byte character the window starts before the whole character (é and its combining accent).
    let atAccent = snippet(line + "\n", SourceRange(line: 1, column: 249, length: 1))
    #expect(atAccent[0].hasPrefix(" 1 | …é\u{301}xxx"))
    #expect(atAccent[1] == "   |" + String(repeating: " ", count: 42) + "^")
    #expect(atAccent[0].hasSuffix("x…"))
  }

  /// Two thousand findings on one 130 KB line print about two thousand windows, not two thousand copies of the line.
  @Test func manyFindingsOnOneLongLineStayLinear() {
    let line = String(repeating: "k: v, ", count: 22_000)
    let diagnostics = (0..<2_000).map { error(SourceRange(line: 1, column: 1 + $0 * 60, length: 1)) }
    let output = TextFormatter().format(report("{" + line + "}\n", diagnostics))
    #expect(output.utf8.count < 2_000 * 400)
    #expect(output.contains("p.yml:1:61: error: bad [test/rule]\n 1 | …: v, k: v, k: v, "))
  }

  @Test func expandsTabsToFourCells() {
    #expect(
      snippet("\tport:\t9100\n", SourceRange(line: 1, column: 8, length: 4)) == [
        " 1 |     port:    9100",
        "   |              ^~~~",
      ])
  }

  @Test func givesWideCharactersAndEmojiTwoCells() {
    #expect(
      snippet("a: 环境 🚀 x\n", SourceRange(line: 1, column: 9, length: 1)) == [
        " 1 | a: 环境 🚀 x",
        "   |            ^",
      ])
  }

  @Test func givesCombiningMarksNoCell() {
    // "cafe" + U+0301: five scalars, four cells.
    #expect(
      snippet("cafe\u{301} x\n", SourceRange(line: 1, column: 7, length: 1)) == [
        " 1 | cafe\u{301} x",
        "   |      ^",
      ])
  }

  @Test func underlinesAWholeCharacterWhenTheRangeEndsInsideIt() {
    #expect(
      snippet("e\u{301}x\n", SourceRange(line: 1, column: 1, length: 1)) == [
        " 1 | e\u{301}x",
        "   | ^",
      ])
  }

  @Test func showsControlCharactersAsTheirPictures() {
    #expect(
      snippet("a\u{1B}[31mb\u{7F}\n", SourceRange(line: 1, column: 2, length: 1)) == [
        " 1 | a\u{241B}[31mb\u{2421}",
        "   |  ^",
      ])
  }

  @Test func underlinesAMultiLineRangeToTheEndOfItsFirstLine() {
    let range = SourceRange(start: SourcePosition(line: 1, column: 3), end: SourcePosition(line: 2, column: 2))
    #expect(
      snippet("- a: 1\n  b: 2\n", range) == [
        " 1 | - a: 1",
        "   |   ^~~~",
      ])
  }

  @Test func putsACaretJustAfterTheLineForARangePastItsEnd() {
    #expect(
      snippet("key:\n", SourceRange(line: 1, column: 40, length: 3)) == [
        " 1 | key:",
        "   |     ^",
      ])
  }

  @Test func dropsTheByteOrderMarkAndTheCarriageReturn() {
    #expect(
      snippet("\u{FEFF}a: 1\r\nb: 2\r\n", SourceRange(line: 1, column: 4, length: 1)) == [
        " 1 | a: 1",
        "   |    ^",
      ])
  }

  @Test func showsTheEmptyLineOfAnEmptyFile() {
    #expect(snippet("", .fileStart) == [" 1 |", "   | ^"])
  }

  @Test func widensTheGutterForLongLineNumbers() {
    let text = String(repeating: "\n", count: 99) + "x: 1\n"
    #expect(
      snippet(text, SourceRange(line: 100, column: 1, length: 1)) == [
        " 100 | x: 1",
        "     | ^",
      ])
  }

  @Test func omitsTheSourceLineWhenTheLineIsNotInTheFile() {
    let diagnostic = Diagnostic(
      rule: RuleID("test/rule"), severity: .warning, message: "bad", range: SourceRange(line: 9, column: 1, length: 1),
      help: "do this")
    #expect(
      TextFormatter().format(report("a: 1\n", [diagnostic])) == """
        p.yml:9:1: warning: bad [test/rule]
           = help: do this

        0 errors, 1 warning, 0 infos in 1 file

        """)
  }

  @Test func omitsTheSourceLineOfAnIncludedFileTheReportDoesNotCarry() {
    let output = TextFormatter().format(report("a: 1\n", [error(.fileStart, file: "other.yml")]))
    #expect(output == "other.yml:1:1: error: bad [test/rule]\n\n1 error, 0 warnings, 0 infos in 2 files\n")
  }

  @Test func listsHelpNotesAndFixesInThatOrder() {
    let edit = TextEdit(range: .fileStart, replacement: "x")
    let diagnostic = Diagnostic(
      rule: RuleID("test/rule"), severity: .info, message: "bad", range: .fileStart, help: "h",
      notes: ["n1", "n2"],
      fixes: [Fix(title: "safe one", edits: [edit], isSafe: true), Fix(title: "risky", edits: [edit], isSafe: false)])
    #expect(
      TextFormatter().format(report("a\n", [diagnostic])) == """
        p.yml:1:1: info: bad [test/rule]
         1 | a
           | ^
           = help: h
           = note: n1
           = note: n2
           = fix: safe one
           = fix (unsafe): risky

        0 errors, 0 warnings, 1 info in 1 file

        """)
  }

  @Test func summarisesACleanRun() {
    #expect(TextFormatter().format(report("a: 1\n", [])) == "no problems found in 1 file\n")
    #expect(LintSummary(files: 3).description == "no problems found in 3 files")
  }

  @Test func coloursSeverityMessageGutterAndCaretOnlyWhenAsked() {
    let diagnostic = Diagnostic(rule: RuleID("r/x"), severity: .warning, message: "m", range: .fileStart, help: "h")
    let output = TextFormatter(useColor: true).format(report("a\n", [diagnostic]))
    #expect(
      output == """
        p.yml:1:1: \u{1B}[1;33mwarning:\u{1B}[0m \u{1B}[1mm\u{1B}[0m [r/x]
        \u{1B}[1;34m 1 |\u{1B}[0m a
        \u{1B}[1;34m   |\u{1B}[0m \u{1B}[1;33m^\u{1B}[0m
           \u{1B}[1;34m=\u{1B}[0m help: h

        0 errors, 1 warning, 0 infos in 1 file

        """)
    #expect(!TextFormatter().format(report("a\n", [diagnostic])).contains("\u{1B}"))
  }

  @Test func compactPrintsOneLinePerDiagnosticAndNothingElse() {
    let diagnostics = [
      error(SourceRange(line: 2, column: 3, length: 1)),
      Diagnostic(rule: RuleID("a/b"), severity: .info, message: "first", range: .fileStart),
    ]
    #expect(
      CompactFormatter().format(report("a\nb: c\n", diagnostics)) == """
        p.yml:1:1: info: first [a/b]
        p.yml:2:3: error: bad [test/rule]

        """)
    #expect(CompactFormatter().format(report("a\n", [])) == "")
  }
}
