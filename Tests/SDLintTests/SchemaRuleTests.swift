import Foundation
import Testing

@testable import SDCore
@testable import PrometheusModel
@testable import SDLint
import SDTestSupport

/// The `schema/*` rules through the full linter: exact messages, help, notes and fixes that the rules'
/// examples do not pin, and the blog's schema mistakes at their exact places.
@Suite struct SchemaRuleTests {
  /// `line:column rule: message` of every finding of `text`.
  private static func findings(_ text: String, version: PrometheusVersion = .newest) -> [Diagnostic] {
    var options = LintOptions()
    options.prometheusVersion = version
    return Linter(options: options, rules: SchemaRules.all).lint(SourceText(path: "p.yml", text: text))
  }

  private static func lines(_ findings: [Diagnostic]) -> [String] {
    findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule): \($0.message)" }
  }

  @Test func everySchemaRuleIsAReportedRuleOfTheDecodersIDs() {
    let ids = SchemaRules.all.map(\.info.id)
    #expect(
      ids == [
        .schemaUnknownKey, .schemaMisplacedKey, .schemaVersion, .schemaType, .schemaRequired, .schemaConflictingKeys,
        .schemaDuplicateJob, .schemaTimeoutAboveInterval, .schemaNullValue, .schemaTopLevel, .schemaFragment,
        .schemaMissingInclude,
      ])
    #expect(SchemaRules.all.allSatisfy { $0 is any ReportedRule })
  }

  @Test func unknownKeyNamesTheNearKeyListsTheValidOnesAndOffersASafeFix() throws {
    let finding = try #require(Self.findings("global:\n  scrape_intervals: 30s\n").first)
    #expect(finding.message == "unknown key 'scrape_intervals' in the global section")
    #expect(finding.help == "a key with a similar name exists: 'scrape_interval'")
    #expect(finding.notes.last == "Prometheus reports: field scrape_intervals not found in type config.plain")
    let fix = try #require(finding.fixes.first)
    #expect(fix.isSafe)
    #expect(fix.edits == [TextEdit(range: finding.range, replacement: "scrape_interval")])
  }

  @Test func theBlogsDedentedPortIsMisplacedWithTheEntryToMoveItInto() throws {
    let text = """
      scrape_configs:
        - job_name: dashboard
          honor_labels: true
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-c
          port: 3000
      """
    let finding = try #require(Self.findings(text).first)
    #expect(
      Self.lines([finding]) == [
        "7:5 schema/misplaced-key: 'port' is not a key of a scrape_configs entry; it belongs inside a "
          + "gce_sd_configs entry"
      ])
    #expect(
      finding.help == "move 'port' into the gce_sd_configs entry on line 5, indented to column 9 like its other keys")
    #expect(finding.notes == ["Prometheus reports: field port not found in type config.ScrapeConfig"])
  }

  @Test func theBlogsDashboardJobIsReportedAtEachMistake() throws {
    let fragment = String(decoding: try TestPaths.fixtureBytes("data/blog/dashboard.yml"), as: UTF8.self)
    let findings = Linter().lint(SourceText(path: "dashboard.yml", text: "scrape_configs:\n" + fragment))
    #expect(findings.first.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule)" } == "8:15 yaml/syntax")
    let realigned = ("scrape_configs:\n" + fragment).replacingOccurrences(of: "        filter:", with: "    filter:")
    #expect(
      Self.lines(Self.findings(realigned)) == [
        "7:5 schema/misplaced-key: 'port' is not a key of a scrape_configs entry; it belongs inside a "
          + "gce_sd_configs entry",
        "8:5 schema/misplaced-key: 'filter' is not a key of a scrape_configs entry; it belongs inside a "
          + "gce_sd_configs entry",
      ])
  }

  @Test func aNewerKeyNamesTheReleaseThatIntroducedIt() throws {
    let old = PrometheusVersion(2, 42)
    let finding = try #require(Self.findings("scrape_config_files: [a/*.yml]\n", version: old).first)
    #expect(finding.message == "'scrape_config_files' requires Prometheus >= 2.43, but the target version is 2.42")
    #expect(
      finding.help == "remove 'scrape_config_files', or target Prometheus 2.43 or later with --prometheus-version")
  }

  @Test func aQuotedPortIsAStringAsPrometheusReadsIt() throws {
    let text =
      "scrape_configs:\n  - job_name: a\n    gce_sd_configs:\n      - {project: p, zone: us-east1-b, port: \"9100\"}\n"
    let finding = try #require(Self.findings(text).first)
    #expect(
      Self.lines([finding]) == ["4:46 schema/type: 'port' must be an integer, but the value is the string `9100`"])
    #expect(finding.help == "remove the quotes so YAML reads `9100` as an integer")
    #expect(finding.notes == ["Prometheus reports: cannot unmarshal !!str `9100` into int"])
  }

  @Test func missingRequiredValuesAreReportedOnTheirEntry() {
    let text = "scrape_configs:\n  - static_configs: []\n  - job_name: b\n    gce_sd_configs:\n      - port: 80\n"
    #expect(
      Self.lines(Self.findings(text)) == [
        "2:5 schema/required: this scrape config has no job_name",
        "5:9 schema/required: this gce_sd_configs entry has no project",
        "5:9 schema/required: this gce_sd_configs entry has no zone",
      ])
  }

  @Test func aRepeatedJobNameNotesTheFirst() throws {
    let text = "scrape_configs:\n  - job_name: node\n  - job_name: node\n"
    let finding = try #require(Self.findings(text).first)
    #expect(
      Self.lines([finding]) == [
        "3:15 schema/duplicate-job: the job name 'node' is already used by another scrape config"
      ])
    #expect(
      finding.notes == [
        "first used at line 2, column 15", "Prometheus reports: found multiple scrape configs with job name \"node\"",
      ])
  }

  @Test func aTimeoutAboveTheInheritedIntervalIsReported() {
    let text = "global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: node\n    scrape_timeout: 20s\n"
    #expect(
      Self.lines(Self.findings(text)) == [
        "5:21 schema/timeout-above-interval: the scrape_timeout 20s of job 'node' is longer than its "
          + "scrape_interval 15s"
      ])
  }

  @Test func aNullPortIsAWarningNamingTheZeroItBecomes() throws {
    let text =
      "scrape_configs:\n  - job_name: a\n    gce_sd_configs:\n      - project: p\n        zone: us-east1-b\n"
      + "        port:\n"
    let finding = try #require(Self.findings(text).first)
    #expect(finding.severity == .warning)
    #expect(
      Self.lines([finding]) == [
        "6:14 schema/null-value: 'port' is null, which Prometheus reads as port 0 instead of the default 80"
      ])
  }

  @Test func aListOfScalarsIsNotAConfiguration() {
    #expect(
      Self.lines(Self.findings("- node\n- db\n")) == [
        "1:1 schema/top-level: the document is a list, but prometheus.yml must be a mapping of sections"
      ])
  }

  /// Operator's additionalScrapeConfigs: every job is decoded and checked at its own lines.
  @Test func aListOfScrapeConfigsIsLintedAsAFragment() {
    let text = """
      - job_name: node
        scrape_interval: 1minute
        gce_sd_configs:
          - project: ml-platform-a
            prot: 9100
      - job_name: node

      """
    #expect(
      Self.lines(Self.findings(text)) == [
        "1:1 schema/fragment: this file is a bare list of scrape configs, so it is linted as the scrape_configs of a prometheus.yml",
        "2:20 schema/type: 'scrape_interval' must be a duration such as 30s or 1m30s, but the value is `1minute`",
        "4:7 schema/required: this gce_sd_configs entry has no zone",
        "5:7 schema/unknown-key: unknown key 'prot' in a gce_sd_configs entry",
        "6:13 schema/duplicate-job: the job name 'node' is already used by another scrape config",
      ])
  }

  @Test func conflictingCredentialsAreReportedAtTheSecond() {
    let text = "scrape_configs:\n  - job_name: a\n    bearer_token: x\n    bearer_token_file: y\n"
    #expect(
      Self.lines(Self.findings(text)) == [
        "4:5 schema/conflicting-keys: the HTTP client settings of this scrape config conflict: at most one of "
          + "bearer_token & bearer_token_file must be configured"
      ])
  }
}
