import SDConfigKit
import Testing

/// What a program that adds `SDConfigKit` as a dependency can do. This target imports nothing else and
/// is built without package access, so it compiles only against the public API: lint a file (with a
/// rule of its own), render a spec, translate a filter, simulate targets.
@Suite struct LibraryAPITests {
  static let config = SourceText(
    path: "prometheus.yml",
    text: """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-z
              port: 9100
              filter: 'status = "RUNNING"'
          relabel_configs:
            - source_labels: [__meta_gce_label_env]
              regex: prod
              action: keep

      """)

  @Test func lintsAFileAndFormatsTheReport() {
    let findings = Linter().lint(Self.config)
    #expect(findings.map { "\($0.range.start) \($0.severity) \($0.rule)" } == ["5:15 error gce/unknown-zone"])
    let report = LintReport(
      files: [LintReport.File(path: "prometheus.yml", source: Self.config, diagnostics: findings)],
      rules: RuleRegistry.all.map(\.info))
    #expect(report.summary.count(atLeast: .error) == 1)
    let compact = OutputFormat.compact.formatter(useColor: false).format(report)
    #expect(compact.hasPrefix("prometheus.yml:5:15: error: "))

    var options = LintOptions()
    options.severityOverrides[.gceUnknownZone] = .some(nil)
    #expect(Linter(options: options).lint(Self.config).isEmpty)
  }

  /// A team rule: a configuration must set its own `global` section.
  private struct GlobalSectionRule: LintRule {
    let info = RuleInfo(
      id: RuleID("team/global"), summary: "The file has no global section.",
      rationale: "Every team sets its own scrape interval.", defaultSeverity: .warning)
    let examples: [RuleExample] = [.flagged("↓scrape_configs: []\n"), .clean("global: {}\n")]

    func check(_ context: LintContext) -> [Diagnostic] {
      let hasGlobal = (1...context.source.lineCount).contains { context.source.line($0).hasPrefix("global:") }
      return hasGlobal
        ? []
        : [
          Diagnostic(
            rule: info.id, severity: info.defaultSeverity, message: "The file has no global section; add one.",
            range: SourceRange(at: SourcePosition(line: 1, column: 1)))
        ]
    }
  }

  @Test func runsACustomRuleThatDirectivesCanName() {
    let bare = SourceText(path: "prometheus.yml", text: "scrape_configs: []\n")
    let linter = Linter(rules: RuleRegistry.all + [GlobalSectionRule()])
    #expect(linter.lint(bare).map { "\($0.range.start) \($0.rule)" } == ["1:1 team/global"])
    let silenced = SourceText(path: "prometheus.yml", text: "# sdgen:ignore-file team/global\nscrape_configs: []\n")
    #expect(linter.lint(silenced).isEmpty)
  }

  @Test func rendersASpec() throws {
    let spec = SourceText(
      path: "sdgen.yml",
      text: """
        jobs:
          node:
            project: ml-platform-a
            zones: [us-east1-b]
            port: 9100

        """)
    let result = ConfigRenderer.render(spec: spec)
    #expect(result.diagnostics.isEmpty)
    let output = try #require(result.output)
    #expect(output.contains("- job_name: node\n"))
    #expect(output.contains("zone: us-east1-b\n"))

    let broken = ConfigRenderer.render(spec: SourceText(path: "sdgen.yml", text: "jobs:\n  node:\n    zome: [a]\n"))
    #expect(broken.output == nil)
    #expect(broken.diagnostics.map { "\($0.range.start) \($0.rule)" } == ["3:5 spec/unknown-key"])
  }

  @Test func translatesFiltersBothWays() throws {
    let gcloud = try GcloudFilter.toAPI("status=RUNNING AND labels.env=prod")
    #expect(gcloud.text == #"(status="RUNNING") AND (labels.env="prod")"#)
    // gcloud ignores accents, the API compares exactly: the label term is an approximation.
    #expect(gcloud.approximations.map(\.term.term) == ["labels.env=prod"])
    let api = try APIFilter.toGcloud(#"(status = "RUNNING") AND (labels.env = "prod")"#)
    #expect(api.text == "status=RUNNING AND labels.env=prod")
    #expect(try APIFilter.toGcloud(#"status = "RUNNING""#).isExact)
    #expect(throws: FilterError.self) { try APIFilter.toGcloud("(status = ") }
  }

  @Test func simulatesTargets() throws {
    let loaded = PrometheusConfigSource.load(SourceText(path: "prometheus.yml", text: Self.simulated))
    let config = try #require(loaded.config)
    let listing = """
      [
        {"name": "web-1", "zone": "projects/ml-platform-a/zones/us-east1-b", "status": "RUNNING",
         "labels": {"env": "prod"}, "networkInterfaces": [{"networkIP": "10.0.0.5"}]},
        {"name": "web-2", "zone": "projects/ml-platform-a/zones/us-east1-b", "status": "RUNNING",
         "labels": {"env": "dev"}, "networkInterfaces": [{"networkIP": "10.0.0.6"}]}
      ]
      """
    let instances = try InstanceListing.parse(Array(listing.utf8))
    let simulation = try TargetSimulator(config: config).simulate(instances)
    #expect(simulation.targets.map { "\($0.instanceName) \($0.address)" } == ["web-1 10.0.0.5:9100"])
    #expect(simulation.targets.first?.labels["instance"] == "10.0.0.5:9100")
    #expect(simulation.dropped.map { "\($0.instanceName) \($0.reason.ruleIndex ?? -1)" } == ["web-2 0"])
    #expect(TargetTextReport.format(simulation).hasPrefix("Targets (1):\n"))
  }

  /// `config` with a zone that exists.
  static let simulated = """
    scrape_configs:
      - job_name: node
        gce_sd_configs:
          - project: ml-platform-a
            zone: us-east1-b
            port: 9100
        relabel_configs:
          - source_labels: [__meta_gce_label_env]
            regex: prod
            action: keep

    """
}
