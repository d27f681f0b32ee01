import Testing

@testable import SDCore
@testable import SDReport

@Suite struct OutputLintReportTests {
  private func at(_ line: Int, _ column: Int, rule: RuleID = RuleID("r/x"), file: String? = nil) -> Diagnostic {
    Diagnostic(
      rule: rule, severity: .warning, message: "m", range: SourceRange(line: line, column: column, length: 1),
      file: file)
  }

  @Test func sortsEntriesByResolvedPathLineColumnAndRule() {
    let report = LintReport(
      files: [
        LintReport.File(
          path: "b.yml", source: SourceText(path: "b.yml", text: ""),
          diagnostics: [
            at(2, 1), at(1, 5, rule: RuleID("r/z")), at(1, 5, rule: RuleID("r/a")), at(9, 9, file: "a-included.yml"),
          ]),
        LintReport.File(path: "c.yml", source: SourceText(path: "c.yml", text: ""), diagnostics: [at(1, 1)]),
      ],
      rules: [])
    let order = report.entries.map { "\($0.path):\($0.diagnostic.range.start) \($0.diagnostic.rule)" }
    #expect(order == ["a-included.yml:9:9 r/x", "b.yml:1:5 r/a", "b.yml:1:5 r/z", "b.yml:2:1 r/x", "c.yml:1:1 r/x"])
  }

  @Test func resolvesTheSourceOfAnIncludedFile() {
    let included = SourceText(path: "jobs/a.yml", text: "x: 1\n")
    let report = LintReport(
      files: [
        LintReport.File(
          path: "p.yml", source: SourceText(path: "p.yml", text: "y: 2\n"),
          diagnostics: [at(1, 1, file: "jobs/a.yml"), at(1, 1), at(1, 1, file: "missing.yml")],
          includedSources: [included])
      ],
      rules: [])
    let sources = report.entries.map { "\($0.path)=\($0.source?.line(1) ?? "none")" }
    #expect(sources == ["jobs/a.yml=x: 1", "missing.yml=none", "p.yml=y: 2"])
  }

  @Test func countsEveryFileOnceAndEverySeverity() {
    let severities: [Severity] = [.error, .info, .info, .warning, .error, .error]
    let diagnostics = severities.map {
      Diagnostic(
        rule: RuleID("r/x"), severity: $0, message: "m", range: .fileStart, file: $0 == .warning ? "inc.yml" : nil)
    }
    let report = LintReport(
      files: [
        LintReport.File(
          path: "a.yml", source: SourceText(path: "a.yml", text: ""), diagnostics: diagnostics,
          includedSources: [SourceText(path: "inc.yml", text: ""), SourceText(path: "b.yml", text: "")]),
        LintReport.File(path: "b.yml", source: SourceText(path: "b.yml", text: ""), diagnostics: []),
      ],
      rules: [])
    let summary = report.summary
    #expect([summary.files, summary.errors, summary.warnings, summary.infos] == [3, 3, 1, 2])
    #expect(summary.description == "3 errors, 1 warning, 2 infos in 3 files")
    #expect(summary.count(atLeast: .error) == 3)
    #expect(summary.count(atLeast: .warning) == 4)
    #expect(summary.count(atLeast: .info) == 6)
  }

  @Test func choosesTheFormatterOfEachFormat() {
    let report = OutputGoldenTests.report
    #expect(OutputFormat.allCases.map(\.rawValue) == ["text", "compact", "json", "sarif", "github"])
    #expect(OutputFormat.text.formatter(useColor: false).format(report) == TextFormatter().format(report))
    #expect(OutputFormat.text.formatter(useColor: true).format(report) == TextFormatter(useColor: true).format(report))
    #expect(OutputFormat.compact.formatter(useColor: true).format(report) == CompactFormatter().format(report))
    #expect(OutputFormat.json.formatter(useColor: true).format(report) == JSONFormatter().format(report))
    #expect(
      OutputFormat.sarif.formatter(useColor: false, sourceRoot: "/r").format(report)
        == SARIFFormatter(sourceRoot: "/r", informationURI: SDGenRelease.homepage, toolVersion: SDGenRelease.version)
        .format(report))
    #expect(OutputFormat.github.formatter(useColor: false).format(report) == GitHubFormatter().format(report))
  }
}
