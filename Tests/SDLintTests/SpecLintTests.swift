import Foundation
import SDTestSupport
import Testing

@testable import SDCore
@testable import SDYAML
@testable import SDLint

/// `lint` on a spec: findings of the rendered configuration land on the spec lines that produced them.
@Suite struct SpecLintTests {
  static func findings(_ text: String, options: LintOptions = LintOptions()) -> [String] {
    Linter(options: options).lint(SourceText(path: "sdgen.yml", text: text)).map {
      "\($0.range.start) \($0.severity.rawValue) \($0.rule)"
    }
  }

  @Test func theIssueSpecGivesBothFindingsAtItsOwnLines() {
    let spec = """
      defaults:
        project: ml-platform-a
        filter: {status: RUNNING}
      jobs:
        node:  {zones: [us-east1-b], port: 9100}
        db:    {project: ml-plaform-a, zones: [us-east1-c], port: 9187}
        cache: {zones: [us-east1-d], port: 9121, filter: {status: RUNING}}

      """
    let diagnostics = Linter().lint(SourceText(path: "sdgen.yml", text: spec))
    #expect(
      diagnostics.map { "\($0.range.start) \($0.severity.rawValue) \($0.rule): \($0.message)" } == [
        "6:20 warning gce/project-typo: project 'ml-plaform-a' is 1 edit away from 'ml-platform-a' used at line 2; "
          + "check which spelling is right",
        "7:61 error gce/filter-value: 'RUNING' is not a value of 'status', so the filter matches nothing",
      ])
    #expect(diagnostics.first?.notes == ["'ml-platform-a' is first used at line 2, column 12"])
    #expect(diagnostics.allSatisfy { $0.fixes.isEmpty && $0.file == nil })
  }

  static let everyKindOfOrigin = """
    global:
      scrape_interval: 15s
      scrape_timeout: 30s
    defaults:
      project: ml-platform-a
      port: 9100
      refresh_interval: 0s
      filter:
        status: RUNNING
        labels: {Env: prod}
    jobs:
      node:
        zones: [us-east1-b]
        scrape_interval: 15x
      db:
        zones: [us-east1-c]
        relabel_configs:
          - source_labels: [__meta_gce_label_env]
            regex: '(['
            action: keep
          - use: keep-team
            with: {team: sre}
    templates:
      keep-team:
        parameters: {team: string}
        rules:
          - source_labels: [__meta_gce_label_team]
            regex: '{{team}}'
            action: keep
          - source_labels: [__meta_gce_labl_x]
            target_label: x

    """

  @Test func sectionsDefaultsFiltersSettingsRulesAndTemplatesMapToTheirSpecPositions() {
    #expect(
      Self.findings(Self.everyKindOfOrigin) == [
        "3:19 error schema/timeout-above-interval",  // inside a section copied verbatim
        "7:21 error gce/refresh-interval",  // a default: once for both jobs
        "10:14 warning gce/filter-label-key",  // a structured filter's label key
        "14:22 error schema/type",  // a job's scrape setting
        "19:16 error relabel/regex",  // a job's own relabel rule
        "30:25 warning relabel/unknown-meta-label",  // an item of a template rule's source_labels
      ])
  }

  @Test func aDefaultFeedingSeveralJobsIsReportedOnceNamingThem() throws {
    let diagnostics = Linter().lint(SourceText(path: "sdgen.yml", text: Self.everyKindOfOrigin))
    let refresh = try #require(diagnostics.first { $0.rule.rawValue == "gce/refresh-interval" })
    #expect(refresh.notes.contains("reported for jobs 'node', 'db'"))
  }

  @Test func aShippedTemplateFindingPointsAtItsUseAndAnEntryFindingAtItsZone() {
    let spec = """
      defaults:
        project: ml-platform-a
      jobs:
        node:
          zones: [us-east1-b]
          relabel_configs:
            - use: promote-labels
              with: {labels: [Team]}

      """
    // promote-labels reads __meta_gce_label_Team, which GCE never sets (label keys are lower case).
    #expect(Self.findings(spec) == ["5:13 info gce/no-status-filter", "7:14 warning relabel/unknown-meta-label"])
  }

  @Test func kindPrometheusReadsASpecAsAPrometheusConfig() {
    var options = LintOptions()
    options.fileKind = .prometheus
    #expect(Self.findings("jobs:\n  node: {project: p, zones: [us-east1-b]}\n", options: options) == [
      "1:1 error schema/unknown-key"
    ])
  }

  @Test func repeatedTemplateBlocksAreNotReportedInSpecs() {
    let spec = """
      defaults:
        project: ml-platform-a
        relabel_configs:
          - use: instance-name
          - use: zone-short-name
      jobs:
        a: {zones: [us-east1-b]}
        b: {zones: [us-east1-c]}

      """
    #expect(!Self.findings(spec).contains { $0.hasSuffix("relabel/repeated-block") })
  }

  @Test func mutatedSpecsGiveFindingsOnlyInsideTheSpec() throws {
    let specs = ["examples/blog/sdgen.yml", "examples/fleet/sdgen.yml"].map {
      TestPaths.repository.appendingPathComponent($0)
    }
    var generator = SplitMix64(seed: 1313)
    var findings = 0
    for url in specs {
      let bytes = Array(try Data(contentsOf: url))
      for _ in 0..<150 {
        let source = SourceText(path: "sdgen.yml", bytes: YAMLMutator.mutate(bytes, using: &generator))
        for finding in Linter().lint(source) {
          findings += 1
          #expect(finding.file == nil, "\(finding)")
          let start = finding.range.start
          #expect(start.line >= 1 && start.line <= source.lineCount + 1, "\(finding)")
          #expect(start.column >= 1 && start.column <= source.line(start.line).unicodeScalars.count + 1, "\(finding)")
        }
      }
    }
    print("spec lint mutation test: \(findings) findings, all inside their specs")
    #expect(findings > 0)
  }
}
