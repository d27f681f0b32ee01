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
      rule: "r/x", severity: .error, message: "100% wrong: a,b\r\nnext",
      range: SourceRange(line: 1, column: 1, length: 1))
    #expect(
      format([diagnostic])
        == "::error file=p.yml,line=1,col=1,endLine=1,endColumn=1,title=r/x::100%25 wrong: a,b%0D%0Anext\n")
  }

  @Test func escapesColonsAndCommasInProperties() {
    let diagnostic = Diagnostic(rule: "r/x", severity: .warning, message: "m", range: .fileStart)
    #expect(
      format(path: "dir,1/a:b%.yml", [diagnostic])
        == "::warning file=dir%2C1/a%3Ab%25.yml,line=1,col=1,endLine=1,endColumn=1,title=r/x::m\n")
  }

  @Test func putsErrorsFirstThenWarningsThenNoticesInSourceOrder() {
    let diagnostics = [
      Diagnostic(rule: "r/info", severity: .info, message: "i", range: SourceRange(line: 1, column: 1, length: 1)),
      Diagnostic(rule: "r/warn", severity: .warning, message: "w", range: SourceRange(line: 1, column: 2, length: 1)),
      Diagnostic(rule: "r/late", severity: .error, message: "e2", range: SourceRange(line: 3, column: 1, length: 1)),
      Diagnostic(rule: "r/early", severity: .error, message: "e1", range: SourceRange(line: 2, column: 1, length: 1)),
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
    let diagnostic = Diagnostic(rule: "r/x", severity: .error, message: "m", range: range, help: "h")
    #expect(format([diagnostic]) == "::error file=p.yml,line=1,endLine=3,title=r/x::m%0Ahelp: h\n")
  }

  @Test func printsNothingForACleanRun() {
    #expect(format([]) == "")
  }
}
