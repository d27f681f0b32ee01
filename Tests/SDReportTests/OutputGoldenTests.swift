import Testing

@testable import SDCore
@testable import SDReport
import SDTestSupport

/// Renders one report with several files and every severity in each format and compares the
/// result byte for byte with the golden files in `Fixtures/output/`.
@Suite struct OutputGoldenTests {
  static let mainSource = SourceText(
    path: "prometheus.yml",
    text: """
      # dashboard job, written by hand
      global:
        scrape_interval: 15s
      scrape_configs:
        - job_name: dashboard
          scrape_timeout:
          gce_sd_configs:
            - project: ml-platfrom-a
              zone: us-central1-z
              filter: 'status:(RUNNING)'
      \tport: 9100
          relabel_configs:
            - source_labels: [__meta_gce_lables_env]
              target_label: "环境"
              regex: '\\d+(?=ms)'
      scrape_config_files:
        - included/*.yml

      """)

  static let includedSource = SourceText(
    path: "included/jobs.yml",
    text: """
      scrape_configs:
        - job_name: ml-platform
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-a
              port: 0

      """)

  static let mainDiagnostics: [Diagnostic] = [
    Diagnostic(
      rule: RuleID("gce/unknown-zone"), severity: .error, message: "unknown zone 'us-central1-z'",
      range: SourceRange(line: 9, column: 15, length: 13),
      help: "a zone with a similar name exists: 'us-central1-a'",
      fixes: [
        Fix(
          title: "replace 'us-central1-z' with 'us-central1-a'",
          edits: [TextEdit(range: SourceRange(line: 9, column: 15, length: 13), replacement: "us-central1-a")],
          isSafe: true)
      ]),
    Diagnostic(
      rule: RuleID("gce/project-typo"), severity: .warning,
      message: "project id 'ml-platfrom-a' is one edit away from 'ml-platform-a', used elsewhere in this configuration",
      range: SourceRange(line: 8, column: 18, length: 13),
      notes: ["'ml-platform-a' is used at included/jobs.yml:4:18"],
      fixes: [
        Fix(
          title: "replace 'ml-platfrom-a' with 'ml-platform-a'",
          edits: [TextEdit(range: SourceRange(line: 8, column: 18, length: 13), replacement: "ml-platform-a")],
          isSafe: false)
      ]),
    Diagnostic(
      rule: RuleID("relabel/regex"), severity: .error,
      message: #"regex "\d+(?=ms)" uses a lookahead "(?=", which Go's RE2 syntax does not support"#,
      range: SourceRange(line: 15, column: 16, length: 11),
      help: "match the whole value and keep the part you need with a capture group and ${1}"),
    Diagnostic(
      rule: RuleID("gce/filter-syntax"), severity: .error,
      message: "filter 'status:(RUNNING)' is in gcloud syntax, which the Compute Engine API rejects",
      range: SourceRange(line: 10, column: 17, length: 18),
      help: "write it as the API filter 'status = \"RUNNING\"'",
      fixes: [
        Fix(
          title: "use the API filter 'status = \"RUNNING\"'",
          edits: [
            TextEdit(range: SourceRange(line: 10, column: 17, length: 18), replacement: "'status = \"RUNNING\"'")
          ],
          isSafe: true)
      ]),
    Diagnostic(
      rule: RuleID("yaml/tab"), severity: .error, message: "a tab indents this line, and YAML allows only spaces",
      range: SourceRange(line: 11, column: 1, length: 1), help: "indent with spaces instead"),
    Diagnostic(
      rule: RuleID("schema/null-value"), severity: .warning,
      message: "'scrape_timeout' has no value, so Prometheus uses the global scrape_timeout",
      range: SourceRange(at: SourcePosition(line: 6, column: 20)),
      help: "give a duration such as 10s, or delete the key"),
    Diagnostic(
      rule: RuleID("relabel/unknown-meta-label"), severity: .warning,
      message: "GCE service discovery never produces the label '__meta_gce_lables_env'",
      range: SourceRange(line: 13, column: 25, length: 21),
      help: "a label with a similar name exists: '__meta_gce_label_env'"),
    Diagnostic(
      rule: RuleID("relabel/label-name"), severity: .error, message: "'环境' is not a valid label name",
      range: SourceRange(line: 14, column: 23, length: 4),
      help: "use letters, digits and underscores, not starting with a digit"),
    Diagnostic(
      rule: RuleID("gce/port-range"), severity: .error, message: "port 0 is outside 1-65535",
      range: SourceRange(line: 6, column: 15, length: 1), file: "included/jobs.yml",
      help: "set the port the exporter listens on, such as 9100"),
    Diagnostic(
      rule: RuleID("gce/no-status-filter"), severity: .info,
      message: "this gce_sd_configs entry has no status filter, so stopped instances become targets",
      range: SourceRange(start: SourcePosition(line: 4, column: 9), end: SourcePosition(line: 6, column: 16)),
      file: "included/jobs.yml",
      help: "add filter: 'status = \"RUNNING\"'"),
  ]

  static let rules: [RuleInfo] = [
    RuleInfo(
      id: RuleID("yaml/empty-file"), summary: "The file holds no configuration.",
      rationale: "Prometheus loads an empty file as all defaults and scrapes nothing.", defaultSeverity: .warning),
    RuleInfo(
      id: RuleID("yaml/tab"), summary: "A tab character indents a line.",
      rationale: "YAML forbids tabs in indentation, so Prometheus refuses the file.", defaultSeverity: .error),
    RuleInfo(
      id: RuleID("schema/null-value"), summary: "A key has no value.",
      rationale: "Prometheus reads a null as the zero value, which silently changes the setting.",
      defaultSeverity: .warning),
    RuleInfo(
      id: RuleID("gce/unknown-zone"), summary: "A zone that Compute Engine does not have.",
      rationale: "Discovery fails on every refresh and the job has no targets.", defaultSeverity: .error),
    RuleInfo(
      id: RuleID("gce/project-typo"), summary: "A project id one or two edits away from another one in the file.",
      rationale: "A misspelt project makes discovery fail with a permission error.", defaultSeverity: .warning),
    RuleInfo(
      id: RuleID("gce/filter-syntax"), summary: "A filter that the Compute Engine API does not accept.",
      rationale: "The API rejects the list request, so discovery finds nothing.", defaultSeverity: .error),
    RuleInfo(
      id: RuleID("gce/port-range"), summary: "A port outside 1-65535.",
      rationale: "Targets get an address no exporter listens on.", defaultSeverity: .error),
    RuleInfo(
      id: RuleID("gce/no-status-filter"), summary: "A gce_sd_configs entry without a status filter.",
      rationale: "Stopped instances become targets that are always down.", defaultSeverity: .info),
    RuleInfo(
      id: RuleID("relabel/unknown-meta-label"), summary: "A source label that GCE discovery never produces.",
      rationale: "The rule never sees a value, so it never does what it was written for.",
      defaultSeverity: .warning),
    RuleInfo(
      id: RuleID("relabel/label-name"), summary: "A label name Prometheus does not accept.",
      rationale: "Prometheus refuses to load the configuration.", defaultSeverity: .error),
    RuleInfo(
      id: RuleID("relabel/regex"), summary: "A regex outside Go's RE2 syntax.",
      rationale: "Prometheus refuses to load the configuration.", defaultSeverity: .error),
  ]

  static let report = LintReport(
    files: [
      LintReport.File(
        path: "prometheus.yml", source: mainSource, diagnostics: mainDiagnostics, includedSources: [includedSource]),
      LintReport.File(
        path: "empty.yml", source: SourceText(path: "empty.yml", text: ""),
        diagnostics: [
          Diagnostic(
            rule: RuleID("yaml/empty-file"), severity: .warning,
            message: "the file is empty, so Prometheus runs with defaults and scrapes nothing",
            range: .fileStart)
        ]),
      LintReport.File(path: "ok.yml", source: SourceText(path: "ok.yml", text: "global: {}\n"), diagnostics: []),
    ],
    rules: rules)

  private func expectGolden(_ name: String, _ formatter: some DiagnosticFormatter) throws {
    let actual = formatter.format(Self.report)
    let diff = try Golden.mismatch(actual, golden: "Tests/Fixtures/output/\(name)")
    #expect(diff == nil, Comment(rawValue: diff ?? ""))
  }

  @Test func text() throws {
    try expectGolden("report.txt", TextFormatter())
  }

  @Test func textWithColor() throws {
    try expectGolden("report.color.txt", TextFormatter(useColor: true))
  }

  @Test func compact() throws {
    try expectGolden("report.compact.txt", CompactFormatter())
  }

  @Test func json() throws {
    try expectGolden("report.json", JSONFormatter())
  }

  @Test func sarif() throws {
    try expectGolden("report.sarif", SARIFFormatter(toolVersion: "0.1.0"))
  }

  @Test func github() throws {
    try expectGolden("report.github.txt", GitHubFormatter())
  }
}
