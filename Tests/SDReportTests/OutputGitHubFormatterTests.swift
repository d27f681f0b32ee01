import Testing

@testable import SDCore
@testable import SDReport

@Suite struct OutputGitHubFormatterTests {
  private func format(path: String = "p.yml", _ diagnostics: [Diagnostic]) -> String {
    let source = SourceText(path: path, text: "a\nb\nc\n")
    return GitHubFormatter().format(
      LintReport(files: [LintReport.File(path: path, source: source, diagnostics: diagnostics)], rules: []))
  }

  @Test func escapesPercentAndLineBreaksInTheMessage() {
    let diagnostic = Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: "100% wrong: a,b\r\nnext",
      range: SourceRange(line: 1, column: 1, length: 1))
    #expect(
      format([diagnostic])
        == "::error file=p.yml,line=1,col=1,endLine=1,endColumn=1,title=r/x::100%25 wrong: a,b%0D%0Anext\n")
  }

  @Test func escapesColonsAndCommasInProperties() {
    let diagnostic = Diagnostic(rule: RuleID("r/x"), severity: .warning, message: "m", range: .fileStart)
    #expect(
      format(path: "dir,1/a:b%.yml", [diagnostic])
        == "::warning file=dir%2C1/a%3Ab%25.yml,line=1,col=1,endLine=1,endColumn=1,title=r/x::m\n")
  }

  @Test func putsErrorsFirstThenWarningsThenNoticesInSourceOrder() {
    let diagnostics = [
      Diagnostic(
        rule: RuleID("r/info"), severity: .info, message: "i", range: SourceRange(line: 1, column: 1, length: 1)),
      Diagnostic(
        rule: RuleID("r/warn"), severity: .warning, message: "w", range: SourceRange(line: 1, column: 2, length: 1)),
      Diagnostic(
        rule: RuleID("r/late"), severity: .error, message: "e2", range: SourceRange(line: 3, column: 1, length: 1)),
      Diagnostic(
        rule: RuleID("r/early"), severity: .error, message: "e1", range: SourceRange(line: 2, column: 1, length: 1)),
    ]
    #expect(
      format(diagnostics) == """
        ::error file=p.yml,line=2,col=1,endLine=2,endColumn=1,title=r/early::e1
        ::error file=p.yml,line=3,col=1,endLine=3,endColumn=1,title=r/late::e2
        ::warning file=p.yml,line=1,col=2,endLine=1,endColumn=2,title=r/warn::w
        ::notice file=p.yml,line=1,col=1,endLine=1,endColumn=1,title=r/info::i

        """)
  }

  @Test func givesNoColumnsForARangeOverSeveralLines() {
    let range = SourceRange(start: SourcePosition(line: 1, column: 2), end: SourcePosition(line: 3, column: 1))
    let diagnostic = Diagnostic(rule: RuleID("r/x"), severity: .error, message: "m", range: range, help: "h")
    #expect(format([diagnostic]) == "::error file=p.yml,line=1,endLine=3,title=r/x::m%0Ahelp: h\n")
  }

  @Test func printsNothingForACleanRun() {
    #expect(format([]) == "")
  }
}

/// Control characters from a user's file cannot reach a CI log or a terminal raw, in any line-based format.
@Suite struct OutputControlCharacterTests {
  static let path = "a\u{1B}[31m.yml"
  static let message = "unknown key 'x\u{1B}]0;t\u{07}\n::warning::y\u{7F}\u{85}' here\ttab"

  private func report(_ message: String = Self.message) -> LintReport {
    let diagnostic = Diagnostic(
      rule: RuleID("r/x"), severity: .error, message: message, range: SourceRange(line: 1, column: 1, length: 1),
      help: "h\u{1B}", notes: ["n\u{07}"])
    let source = SourceText(path: Self.path, text: "k\u{1B}\u{85}: v\n")
    return LintReport(files: [LintReport.File(path: Self.path, source: source, diagnostics: [diagnostic])], rules: [])
  }

  @Test func compactEscapesThemAsGoDoes() {
    #expect(
      CompactFormatter().format(report())
        == #"a\x1b[31m.yml:1:1: error: unknown key 'x\x1b]0;t\x07\n::warning::y\x7f\u0085' here\ttab [r/x]"# + "\n")
  }

  @Test func textEscapesHeadlineHelpAndNotesAndShowsPicturesInTheSourceLine() {
    #expect(
      TextFormatter().format(report()) == #"""
        a\x1b[31m.yml:1:1: error: unknown key 'x\x1b]0;t\x07\n::warning::y\x7f\u0085' here\ttab [r/x]
         1 | k␛
           | ^
           = help: h\x1b
           = note: n\x07

        1 error, 0 warnings, 0 infos in 1 file

        """#)
  }

  /// The check reads eight bytes at a time: a control anywhere in a long text is found, and C1's two
  /// bytes are found across a word boundary.
  @Test func controlsAreFoundAtEveryOffsetOfALongText() {
    let plain = String(repeating: "abcdefgh", count: 5)
    #expect(!ControlCharacterEscaping.needsEscaping(plain))
    #expect(!ControlCharacterEscaping.needsEscaping(plain + "~ é ü " + plain))
    for offset in 0...plain.utf8.count {
      let prefix = String(plain.prefix(offset))
      let suffix = String(plain.dropFirst(offset))
      for control in ["\u{00}", "\u{1F}", "\n", "\u{7F}", "\u{85}", "\u{9F}"] {
        #expect(ControlCharacterEscaping.needsEscaping(prefix + control + suffix), "\(offset)")
      }
      #expect(!ControlCharacterEscaping.needsEscaping(prefix + "\u{A0}" + suffix), "\(offset)")
    }
  }

  @Test func githubPercentEncodesLineBreaksAndEscapesTheRest() {
    #expect(
      GitHubFormatter().format(report())
        == "::error file=a\\x1b[31m.yml,line=1,col=1,endLine=1,endColumn=1,title=r/x::"
        + #"unknown key 'x\x1b]0;t\x07%0A::warning::y\x7f\u0085' here\ttab%0Ahelp: h\x1b"# + "\n")
  }
}
