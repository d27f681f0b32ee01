import Testing

@testable import SDCore
@testable import SDLint
import SDTestSupport

/// Acceptance: the blog's two GCE jobs (`../shared/data/blog`), wrapped under `scrape_configs:`, give
/// exactly the expected `gce/*` findings at their lines.
@Suite struct GCERuleBlogTests {
  private func fragment(_ name: String) throws -> String {
    String(decoding: try TestPaths.fixtureBytes("data/blog/\(name)"), as: UTF8.self)
  }

  /// The node fragment (indented 6) moved to the dashboard fragment's indentation (2).
  private func nodeJob() throws -> String {
    try fragment("node.yml").split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.dropFirst(4) }.joined(separator: "\n")
  }

  /// The dashboard fragment with `filter:` moved back to its sibling `port:`'s indentation, the
  /// dedented `port: 3000` kept where the blog has it.
  private func repairedDashboardJob() throws -> String {
    try fragment("dashboard.yml").replacingOccurrences(of: "        filter:", with: "    filter:")
  }

  private func gceSummary(_ yaml: String) -> [String] {
    GCERuleTests.summary(yaml)
  }

  @Test func nodeJobHasTheMisspeltZoneAndNoStatusFilter() throws {
    let yaml = "scrape_configs:\n" + (try fragment("node.yml"))
    #expect(
      gceSummary(yaml) == [
        "5:13 info gce/no-status-filter: this gce_sd_configs entry does not filter on status, so stopped "
          + "instances become down targets",
        "6:19 error gce/unknown-zone: unknown zone 'us-eastl1-a'; did you mean 'us-east1-b'?",
      ])
    let status = try #require(GCERuleTests.lint(yaml).first)
    #expect(status.help == #"add filter: '(status="RUNNING")' to this entry"#)
  }

  @Test func dashboardAsPrintedIsAYAMLErrorWithNoGCEFindings() throws {
    let yaml = "scrape_configs:\n" + (try fragment("dashboard.yml"))
    let findings = Linter().lint(SourceText(path: "dashboard.yml", text: yaml))
    #expect(findings.map { "\($0.range.start.line) \($0.rule)" } == ["8 yaml/syntax"])
  }

  @Test func repairedDashboardLosesItsFilterToTheScrapeConfig() throws {
    let yaml = "scrape_configs:\n" + (try repairedDashboardJob())
    #expect(
      gceSummary(yaml) == [
        "5:9 info gce/no-status-filter: this gce_sd_configs entry does not filter on status, so stopped "
          + "instances become down targets"
      ])
    #expect(
      GCERuleTests.lint(yaml).first?.notes == [
        "the filter on line 8 is outside the gce_sd_configs entry; indent it under the entry to apply it"
      ])
    let all = Linter().lint(SourceText(path: "dashboard.yml", text: yaml)).map { "\($0.range.start) \($0.rule)" }
    #expect(all.contains("7:5 schema/misplaced-key") && all.contains("8:5 schema/misplaced-key"))
  }

  @Test func bothJobsInOneFileRevealTheProjectTypo() throws {
    let yaml = "scrape_configs:\n" + (try nodeJob()) + (try repairedDashboardJob())
    #expect(
      gceSummary(yaml) == [
        "5:9 info gce/no-status-filter: this gce_sd_configs entry does not filter on status, so stopped "
          + "instances become down targets",
        "6:15 error gce/unknown-zone: unknown zone 'us-eastl1-a'; did you mean 'us-east1-b'?",
        "22:9 info gce/no-status-filter: this gce_sd_configs entry does not filter on status, so stopped "
          + "instances become down targets",
        "22:18 warning gce/project-typo: project 'ml-plaform-a' is 1 edit away from 'ml-platform-a' used at "
          + "line 5; check which spelling is right",
      ])
  }
}
