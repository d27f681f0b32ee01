import Testing

@testable import SDCore
@testable import SDRender

/// `--base`: generated jobs are added to an existing prometheus.yml whose own text is kept as is.
@Suite struct RenderBaseTests {
  let spec = SourceText(path: "sdgen.yml", text: "jobs:\n  node:\n    project: p\n    zones: [us-east1-b]\n")
  let job = "- job_name: node\n  gce_sd_configs:\n    - project: p\n      zone: us-east1-b\n"

  func merged(_ base: String) -> RenderResult {
    ConfigRenderer.render(spec: spec, base: SourceText(path: "base.yml", text: base))
  }

  @Test func emptyBaseGetsAScrapeConfigsSection() {
    #expect(merged("").output == "scrape_configs:\n" + job)
  }

  @Test func baseWithoutScrapeConfigsKeepsItsTextAndEnding() {
    #expect(
      merged("global:\n  scrape_interval: 15s").output == "global:\n  scrape_interval: 15s\nscrape_configs:\n" + job)
  }

  @Test(arguments: [
    ("scrape_configs:\n", "scrape_configs:\n"), ("scrape_configs: ~", "scrape_configs:\n"),
    ("scrape_configs: null # none yet\nrule_files: []\n", "scrape_configs: # none yet\n"),
  ])
  func nullScrapeConfigsIsFilledIn(_ base: String, _ keyLine: String) throws {
    let indented = job.split(separator: "\n").map { "  \($0)\n" }.joined()
    let rest = base.contains("rule_files") ? "rule_files: []\n" : ""
    #expect(merged(base).output == keyLine + indented + rest)
  }

  @Test func jobsGoAfterTheLastItemWithItsIndentation() throws {
    let base = "scrape_configs:\n- job_name: a\n  static_configs: [{targets: ['h:1']}]\nrule_files: []"
    #expect(
      merged(base).output
        == "scrape_configs:\n- job_name: a\n  static_configs: [{targets: ['h:1']}]\n" + job + "rule_files: []")
  }

  @Test func lastItemAtEndOfFileWithoutNewline() {
    #expect(
      merged("scrape_configs:\n  - job_name: a").output == "scrape_configs:\n  - job_name: a\n  "
        + job
        .split(separator: "\n").joined(separator: "\n  ") + "\n")
  }

  @Test func specSectionsAreNotUsedWithABase() {
    let spec = SourceText(path: "s", text: "global: {scrape_interval: 1m}\njobs: {}\n")
    let result = ConfigRenderer.render(spec: spec, base: SourceText(path: "b", text: "global: {}\n"))
    #expect(result.output == "global: {}\n")
    #expect(
      result.diagnostics.map { "\($0.range.start) \($0.severity) \($0.rule) \($0.message)" } == [
        "1:1 warning spec/ignored-section section 'global' is not used with --base; "
          + "the base file's sections are kept as written"
      ])
  }

  @Test func aJobNameClashIsAnErrorInTheBaseFile() throws {
    let result = merged("scrape_configs:\n  - job_name: b\n  - job_name: node\n")
    #expect(result.output == nil)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.rule.rawValue == "spec/duplicate-job")
    #expect(diagnostic.file == "base.yml")
    #expect(diagnostic.range == SourceRange(line: 3, column: 15, length: 4))
    #expect(
      diagnostic.message == "job 'node' is in the base file and in the spec; rename one or remove it from the base")
  }

  @Test func flowStyleAndBrokenBasesAreRefused() {
    let flow = merged("scrape_configs: [{job_name: a}]\n")
    #expect(flow.output == nil)
    #expect(
      flow.diagnostics.map { "\($0.file ?? "") \($0.range.start) \($0.rule)" } == ["base.yml 1:17 spec/invalid-value"])
    let broken = merged("scrape_configs:\n  - job_name: a\n   x: 1\n")
    #expect(broken.output == nil)
    #expect(broken.diagnostics.first?.file == "base.yml")
    #expect(broken.diagnostics.first?.rule.rawValue == "yaml/syntax")
    #expect(merged("- a\n").diagnostics.map(\.message) == ["the base file must be a mapping of Prometheus sections"])
  }

  @Test(.enabled(if: Promtool.shouldRun, Promtool.skipReason))
  func mergedFilesPassPromtool() throws {
    for base in ["", "scrape_configs:\n", "global: {}\nscrape_configs:\n    - job_name: a\n      static_configs: []\n"]
    {
      let output = try #require(merged(base).output)
      let verdict = try Promtool.check(output)
      #expect(verdict.passed, "\(verdict.output)")
    }
  }
}
