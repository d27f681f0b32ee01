import Foundation
import Testing

@testable import SDCore
@testable import SDLint

/// `scrape_config_files` as lint follows it: globs relative to the including file, findings inside the
/// included files, job names repeated across files, missing files.
@Suite struct IncludeTests {
  /// A fresh folder holding `files` (relative path → text).
  private static func folder(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-include-\(UUID().uuidString)")
    for (relative, text) in files {
      let url = root.appendingPathComponent(relative)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root.path
  }

  private static func source(_ path: String) throws -> SourceText {
    SourceText(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
  }

  private static func lint(_ folder: String) throws -> LintedFile {
    Linter().lintFollowingIncludes(try source(folder + "/prometheus.yml"))
  }

  private static let job = "scrape_configs:\n  - job_name: %@\n    static_configs:\n      - targets: ['h:9100']\n"

  private static func jobFile(_ name: String) -> String { String(format: job, name) }

  @Test func findingsInAnIncludedFilePointIntoIt() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - jobs/*.yml\n",
      "jobs/node.yml": "scrape_configs:\n  - job_name: node\n    scrape_intervall: 30s\n",
    ])
    let linted = try Self.lint(root)
    #expect(linted.includedSources.map(\.path) == [root + "/jobs/node.yml"])
    let finding = try #require(linted.diagnostics.first)
    #expect(linted.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "schema/unknown-key")
    #expect(finding.file == root + "/jobs/node.yml")
    #expect(finding.range.start == SourcePosition(line: 3, column: 5))
    #expect(finding.help == "a key with a similar name exists: 'scrape_interval'")
  }

  @Test func globMatchesInLexicalOrderAndOnlyInTheLastElement() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - jobs/*.yml\n",
      "jobs/b.yml": Self.jobFile("b"), "jobs/a.yml": Self.jobFile("a"), "jobs/c.yaml": Self.jobFile("c"),
      "jobs/sub/d.yml": Self.jobFile("d"),
    ])
    let linted = try Self.lint(root)
    #expect(linted.diagnostics.isEmpty)
    #expect(linted.includedSources.map(\.path) == [root + "/jobs/a.yml", root + "/jobs/b.yml"])
  }

  @Test func aJobNameOfTheMainFileRepeatedInAnIncludedFileIsReportedThere() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - node.yml\n" + Self.jobFile("node"),
      "node.yml": Self.jobFile("node"),
    ])
    let finding = try #require(try Self.lint(root).diagnostics.first)
    #expect(finding.rule.rawValue == "schema/duplicate-job")
    #expect(finding.file == root + "/node.yml")
    #expect(finding.range.start == SourcePosition(line: 2, column: 15))
    #expect(finding.message == "the job name 'node' is already used by a scrape config in \(root)/prometheus.yml")
    #expect(
      finding.notes == [
        "first used in \(root)/prometheus.yml at line 4, column 15",
        "Prometheus reports: found multiple scrape configs with job name \"node\", first found in main config file",
      ])
  }

  @Test func aJobNameRepeatedAcrossTwoIncludedFilesNamesTheFirstFile() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - a.yml\n  - b.yml\n",
      "a.yml": Self.jobFile("node"), "b.yml": Self.jobFile("node"),
    ])
    let finding = try #require(try Self.lint(root).diagnostics.first)
    #expect(finding.file == root + "/b.yml")
    #expect(
      finding.notes.last
        == "Prometheus reports: found multiple scrape configs with job name \"node\", first found in \"\(root)/a.yml\"")
  }

  @Test func aFileIncludedTwiceIsLintedOnceAndTheSecondEntryReported() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - a.yml\n  - '?.yml'\n", "a.yml": Self.jobFile("node"),
    ])
    let linted = try Self.lint(root)
    #expect(linted.includedSources.map(\.path) == [root + "/a.yml"])
    let finding = try #require(linted.diagnostics.first)
    #expect(linted.diagnostics.count == 1)
    #expect(finding.file == nil)
    #expect(finding.range.start == SourcePosition(line: 3, column: 5))
    #expect(
      finding.message
        == "'\(root)/a.yml' is already included by the entry on line 2, so its job 'node' is defined twice")
  }

  @Test func findingsAtTheIncludingEntriesFollowItsDirectivesAndSettings() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - a.yml\n  - '?.yml'  # sdgen:ignore schema/duplicate-job\n",
      "a.yml": Self.jobFile("node"),
    ])
    #expect(try Self.lint(root).diagnostics.isEmpty)
    var options = LintOptions()
    options.severityOverrides[.schemaMissingInclude] = .some(nil)
    let missing = try Self.folder(["prometheus.yml": "scrape_config_files:\n  - a.yml\n"])
    let linted = Linter(options: options).lintFollowingIncludes(try Self.source(missing + "/prometheus.yml"))
    #expect(linted.diagnostics.isEmpty)
  }

  @Test func theIncludedJobsInheritTheMainGlobalInterval() throws {
    let root = try Self.folder([
      "prometheus.yml": "global:\n  scrape_interval: 10s\nscrape_config_files:\n  - a.yml\n",
      "a.yml": "scrape_configs:\n  - job_name: node\n    scrape_timeout: 15s\n",
    ])
    let finding = try #require(try Self.lint(root).diagnostics.first)
    #expect(finding.rule.rawValue == "schema/timeout-above-interval")
    #expect(finding.file == root + "/a.yml")
    #expect(finding.range.start == SourcePosition(line: 3, column: 21))
  }

  @Test func anIncludedFileHoldsOnlyScrapeConfigs() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - a.yml\n",
      "a.yml": "global:\n  scrape_interval: 10s\nrules: []\n" + Self.jobFile("node"),
    ])
    let findings = try Self.lint(root).diagnostics
    #expect(findings.map(\.rule.rawValue) == ["schema/misplaced-key", "schema/unknown-key"])
    #expect(findings.map(\.range.start.line) == [1, 3])
    #expect(
      findings.first?.message == "'global' is not allowed in a scrape config file, which holds only scrape_configs")
  }

  @Test func aMissingLiteralFileIsAWarningAndAnEmptyGlobIsFine() throws {
    let root = try Self.folder(["prometheus.yml": "scrape_config_files:\n  - jobs/node.yml\n  - other/*.yml\n"])
    let linted = try Self.lint(root)
    #expect(linted.includedSources.isEmpty)
    let finding = try #require(linted.diagnostics.first)
    #expect(linted.diagnostics.count == 1)
    #expect(finding.rule.rawValue == "schema/missing-include")
    #expect(finding.severity == .warning)
    #expect(finding.range.start == SourcePosition(line: 2, column: 5))
    #expect(
      finding.message
        == "the scrape config file '\(root)/jobs/node.yml' does not exist, so Prometheus loads none of its jobs")
  }

  @Test func aMatchedDirectoryCannotBeReadAndIsAnError() throws {
    let root = try Self.folder(["prometheus.yml": "scrape_config_files:\n  - '*.d'\n", "jobs.d/a.yml": ""])
    let finding = try #require(try Self.lint(root).diagnostics.first)
    #expect(finding.rule.rawValue == "schema/missing-include")
    #expect(finding.severity == .error)
    #expect(finding.range.start == SourcePosition(line: 2, column: 5))
    #expect(finding.notes == ["cannot read '\(root)/jobs.d': it is a directory"])
  }

  @Test func directivesInAnIncludedFileApplyToIt() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - a.yml\n",
      "a.yml": "scrape_configs:\n  - job_name: node\n    # sdgen:ignore schema/unknown-key -- testing\n    foo: 1\n",
    ])
    #expect(try Self.lint(root).diagnostics.isEmpty)
  }

  @Test func plainLintReportsTheMissingFileButDoesNotReadIncludes() throws {
    let root = try Self.folder([
      "prometheus.yml": "scrape_config_files:\n  - a.yml\n  - b.yml\n", "a.yml": "scrape_configs:\n  - foo: 1\n",
    ])
    let findings = Linter().lint(try Self.source(root + "/prometheus.yml"))
    #expect(findings.map(\.rule.rawValue) == ["schema/missing-include"])
    #expect(findings.map(\.range.start.line) == [3])
  }

  @Test(arguments: ["./*.yml", "./prometheus.yml", "prometheus.yml", "ROOT/prometheus.yml", "link.yml"])
  func aFileThatIncludesItselfIsLintedOnceAsItselfAndTheEntryIsAnError(entry: String) throws {
    let root = try Self.folder(["jobs/other.yml": Self.jobFile("b")])
    let text = "scrape_config_files:\n  - \(entry.replacing("ROOT", with: root))\n" + Self.jobFile("a")
    try Data((text + "    scrape_intervall: 1m\n").utf8).write(to: URL(fileURLWithPath: root + "/prometheus.yml"))
    try FileManager.default.createSymbolicLink(atPath: root + "/link.yml", withDestinationPath: "prometheus.yml")
    let linted = try Self.lint(root)
    #expect(linted.includedSources.isEmpty)
    #expect(linted.diagnostics.map(\.rule.rawValue) == ["schema/misplaced-key", "schema/unknown-key"])
    #expect(linted.diagnostics.map(\.range.start.line) == [2, 7])
    #expect(linted.diagnostics.map(\.file) == [nil, nil])
    #expect(
      linted.diagnostics.first?.message
        == "this entry includes this file itself, which Prometheus refuses as a scrape config file because it "
        + "holds scrape_config_files")
  }
}
