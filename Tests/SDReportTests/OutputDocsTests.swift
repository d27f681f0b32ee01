import Foundation
import Testing

@testable import SDCore
@testable import SDJSON
@testable import SDLint
@testable import SDReport
import SDTestSupport

/// Checks that the examples in `docs/output-formats.md` are exactly what the formatters print for
/// the example report, so the page never drifts from the code.
@Suite struct OutputDocsTests {
  static let source = SourceText(
    path: "prometheus.yml",
    text: """
      scrape_configs:
        - job_name: dashboard
          scrape_timeout:
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-z
              filter: 'status:(RUNNING)'

      """)

  static let report = LintReport(
    files: [
      LintReport.File(
        path: "prometheus.yml", source: source,
        diagnostics: [
          Diagnostic(
            rule: RuleID("schema/null-value"), severity: .warning,
            message: "'scrape_timeout' has no value, so Prometheus uses the global scrape_timeout",
            range: SourceRange(at: SourcePosition(line: 3, column: 20)),
            help: "give a duration such as 10s, or delete the key"),
          Diagnostic(
            rule: RuleID("gce/unknown-zone"), severity: .error, message: "unknown zone 'us-central1-z'",
            range: SourceRange(line: 6, column: 15, length: 13),
            help: "a zone with a similar name exists: 'us-central1-a'",
            fixes: [
              Fix(
                title: "replace 'us-central1-z' with 'us-central1-a'",
                edits: [TextEdit(range: SourceRange(line: 6, column: 15, length: 13), replacement: "us-central1-a")],
                isSafe: true)
            ]),
          Diagnostic(
            rule: RuleID("gce/filter-syntax"), severity: .error,
            message: "filter 'status:(RUNNING)' is in gcloud syntax, which the Compute Engine API rejects",
            range: SourceRange(line: 7, column: 17, length: 18),
            help: "write it as the API filter 'status = \"RUNNING\"'",
            fixes: [
              Fix(
                title: "use the API filter 'status = \"RUNNING\"'",
                edits: [
                  TextEdit(
                    range: SourceRange(line: 7, column: 17, length: 18), replacement: "'status = \"RUNNING\"'")
                ],
                isSafe: true)
            ]),
        ])
    ],
    rules: OutputGoldenTests.rules.filter {
      ["schema/null-value", "gce/unknown-zone", "gce/filter-syntax"].contains($0.id.rawValue)
    })

  /// The fenced block after `<!-- example: name -->` in the page, with its final newline.
  private func example(_ name: String) throws -> String {
    let page = try String(
      contentsOf: TestPaths.repository.appendingPathComponent("docs/output-formats.md"), encoding: .utf8)
    let marker = try #require(page.range(of: "<!-- example: \(name) -->\n"))
    let fenceLine = try #require(page[marker.upperBound...].range(of: "\n"))
    let body = page[fenceLine.upperBound...]
    let closing = try #require(body.range(of: "\n```\n"))
    return String(body[..<closing.lowerBound]) + "\n"
  }

  @Test(arguments: OutputFormat.allCases.filter { $0 != .sarif })
  func exampleIsWhatTheFormatterPrints(_ format: OutputFormat) throws {
    let output = format.formatter(useColor: false).format(Self.report)
    #expect(try example(format.rawValue) == output)
  }

  @Test func sarifExampleIsWhatTheFormatterPrints() throws {
    #expect(try example("sarif") == OutputFormat.sarif.formatter(useColor: false).format(Self.report))
  }

  @Test func indentedJSONExampleIsTheSameObject() throws {
    let indented = try JSONValue.parse(Array(try example("json-indented").utf8))
    #expect(indented == (try JSONValue.parse(Array(JSONFormatter().format(Self.report).utf8))))
  }

  @Test func fixedExampleIsWhatFixApplierWrites() throws {
    let fixed = FixApplier().apply(Self.report.files[0].diagnostics, to: Self.source)
    #expect(try example("fixed") == String(decoding: fixed.bytes, as: UTF8.self))
  }
}
