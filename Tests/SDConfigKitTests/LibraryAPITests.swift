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

  /// Flags every `TODO` comment.
  private struct TodoRule: LintRule {
    let info = RuleInfo(
      id: RuleID("team/todo"), summary: "A TODO is left in the file.", rationale: "Finish it before shipping.",
      defaultSeverity: .warning)
    let examples: [RuleExample] = [.flagged("a: 1  # ↓TODO\n"), .clean("a: 1\n")]

    func check(_ context: LintContext) -> [Diagnostic] {
      (1...context.source.lineCount).compactMap { line in
        let text = context.source.line(line)
        guard let found = text.firstRange(of: "TODO") else { return nil }
        let column = text.distance(from: text.startIndex, to: found.lowerBound) + 1
        return Diagnostic(
          rule: info.id, severity: info.defaultSeverity, message: "A TODO is left here; finish it.",
          range: SourceRange(line: line, column: column, length: 4))
      }
    }
  }

  @Test func runsACustomRuleThatDirectivesCanName() {
    let source = SourceText(
      path: "prometheus.yml",
      text: """
        global:
          scrape_interval: 1m  # sdgen:ignore team/todo -- TODO: agree on 30s
        scrape_configs: []  # TODO

        """)
    let findings = Linter(rules: RuleRegistry.all + [TodoRule()]).lint(source)
    #expect(findings.map { "\($0.range.start) \($0.rule)" } == ["3:23 team/todo"])
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
