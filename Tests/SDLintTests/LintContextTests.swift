import Testing

@testable import SDCore
@testable import SDYAML
@testable import PrometheusModel
@testable import SDLint

@Suite struct LintContextTests {
  /// The context of `yaml`, parsed and decoded as `Linter` does.
  private func context(_ yaml: String) -> LintContext {
    let source = SourceText(path: "prometheus.yml", text: yaml)
    let document = YAMLParser().parse(source).document
    let config = ConfigDecoder().decode(document).config
    return LintContext(source: source, document: document, config: config, options: LintOptions(), reported: [])
  }

  @Test func gceValuesListEachNodeOncePerKeyInSourceOrder() throws {
    let context = context(
      """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - &entry
              project: &project shared-project
              zone: us-east1-b
              port: 9100
            - <<: *entry
              zone: us-east1-c
        - job_name: b
          gce_sd_configs:
            - project: *project
              zone: [not, a, scalar]
              refresh_interval: 5m
      """)
    let values = context.gceValues
    #expect(values.entries.map(\.zone) == ["us-east1-b", "us-east1-c", ""])
    let projects = values[.project]
    #expect(projects.map(\.entry) == [0])
    #expect(context.document[try #require(projects.first).node].range.start == SourcePosition(line: 5, column: 18))
    #expect(values[.zone].map(\.entry) == [0, 1])
    #expect(values[.zone].map { context.document[$0.node].value } == ["us-east1-b", "us-east1-c"])
    #expect(values[.port].map(\.entry) == [0])
    #expect(values[.refreshInterval].map(\.entry) == [2])
  }

  @Test func filterProblemsMapStatuslessFiltersToTheirDialect() {
    let context = context(
      """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - project: p-1
              zone: us-east1-b
              filter: '(labels.role="node")'
            - project: p-1
              zone: us-east1-b
              filter: 'name eq web-.*'
            - project: p-1
              zone: us-east1-b
              filter: '(status="RUNNING")'
      """)
    let problems = context.filterProblems
    let statusless = problems.statusless.map { (context.document[$0.key].range.start.line, $0.value) }
      .sorted { $0.0 < $1.0 }
    #expect(statusless.map(\.0) == [6, 9])
    #expect(statusless.map(\.1.usesRegexDialect) == [false, true])
  }

  @Test func directivesAreEmptyOnlyWhenTheySilenceNothing() {
    let plain = SuppressionDirectives(source: SourceText(path: "a.yml", text: "a: 1\n"), knownRules: [.gcePort])
    #expect(plain.isEmpty)
    let withRule = SuppressionDirectives(
      source: SourceText(path: "a.yml", text: "a: 1  # sdgen:ignore gce/port\n"), knownRules: [.gcePort])
    #expect(!withRule.isEmpty)
    let fileWide = SuppressionDirectives(
      source: SourceText(path: "a.yml", text: "# sdgen:ignore-file\na: 1\n"), knownRules: [.gcePort])
    #expect(!fileWide.isEmpty)
    let malformed = SuppressionDirectives(
      source: SourceText(path: "a.yml", text: "a: 1  # sdgen:ignore\n"), knownRules: [.gcePort])
    #expect(malformed.isEmpty)
    #expect(malformed.problems.count == 1)
  }

  @Test func aLazyValueMayReadItselfWhileBeingMade() {
    let lazy = LintContextLazy<Int>()
    // Before the fix `make` ran under the lock, so this inner read of the same value never returned.
    let outer = lazy.value { lazy.value { 1 } + 1 }
    #expect(outer == 1)
    #expect(lazy.value { 3 } == 1)
  }
}
