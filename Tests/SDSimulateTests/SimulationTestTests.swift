import Testing

@testable import PrometheusModel
@testable import SDCore
@testable import SDJSON
@testable import SDSimulate

@Suite("sdgen test files: decoding with positions, inline instance defaults, case verdicts")
struct SimulationTestTests {
  static let config = """
    scrape_configs:
      - job_name: other
        static_configs: [{targets: [localhost:9090]}]
      - job_name: node
        gce_sd_configs:
          - {project: shop-prod, zone: europe-west1-b, port: 9100}
          - {project: shop-dev, zone: us-east1-c, port: 9100}
        relabel_configs:
          - source_labels: [__meta_gce_label_team]
            regex: web|api
            action: keep
          - source_labels: [__meta_gce_label_team]
            target_label: team

    """

  private func decode(_ yaml: String) -> (file: SimulationTestFile?, diagnostics: [Diagnostic]) {
    SimulationTestFileDecoder.decode(SourceText(path: "t.yml", text: yaml))
  }

  private func results(_ yaml: String) throws -> [SimulationTestResult] {
    let (config, diagnostics) = ConfigDecoder(version: .newest).decode(SourceText(path: "p.yml", text: Self.config))
    try #require(diagnostics.isEmpty)
    let decoded = decode(yaml)
    let file = try #require(decoded.file, "\(decoded.diagnostics.map(\.message))")
    return try SimulationTestRunner(config: config, instances: InstanceList(), inline: file.instances).run(file.cases)
  }

  @Test func unknownKeysAreErrorsAtTheirPositionWithASuggestion() {
    let (file, diagnostics) = decode(
      "config: p.yml\ntests:\n  - job: node\n    instanse: web-1\n    dropped: true\n")
    #expect(file == nil)
    #expect(
      diagnostics.map { "\($0.range.start) \($0.rule) \($0.message)" } == [
        "4:5 test/format unknown key 'instanse' in a case; did you mean 'instance'?",
        "3:5 test/format this case has no 'instance'; name the instance it tests",
      ])
  }

  @Test func aCaseMixingExpectationsIsRefused() {
    let (_, diagnostics) = decode("config: p.yml\ntests:\n  - {job: node, instance: a, dropped: true, targets: 1}\n")
    #expect(
      diagnostics.map { "\($0.range.start) \($0.message)" } == [
        "3:5 this case mixes 'scraped_at'/'labels', 'dropped' and 'targets'; split it into one case each"
      ])
  }

  @Test func aFileWithoutConfigOrCasesSaysWhatIsMissing() {
    #expect(
      decode("tests: []\n").diagnostics.map(\.message) == [
        "the test file has no 'config'; name the prometheus.yml or spec to test"
      ])
    #expect(
      decode("config: p.yml\n").diagnostics.map(\.message) == [
        "the test file has no cases; add them under 'tests'"
      ])
  }

  @Test func inlineInstancesTakeTheJobsFirstEntryAndACountedAddress() throws {
    let (config, _) = ConfigDecoder(version: .newest).decode(SourceText(path: "p.yml", text: Self.config))
    var instance = InlineInstance(name: "web-1")
    instance.job = "node"
    let json = instance.json(number: 258, config: config)
    #expect(
      json["zone"]?.stringValue == "https://www.googleapis.com/compute/v1/projects/shop-prod/zones/europe-west1-b")
    #expect(json["status"]?.stringValue == "RUNNING")
    #expect(json["networkInterfaces"]?.arrayValue?.first?["networkIP"]?.stringValue == "10.0.1.2")
    instance.zone = "us-east1-c"
    instance.project = "shop-dev"
    #expect(
      instance.json(number: 1, config: config)["selfLink"]?.stringValue
        == "https://www.googleapis.com/compute/v1/projects/shop-dev/zones/us-east1-c/instances/web-1")
  }

  @Test func verdictsFollowTheSimulation() throws {
    let results = try results(
      """
      config: p.yml
      instances:
        - {name: web-1, labels: {team: web}}
        - {name: db-1, labels: {team: db}}
        - {name: dev-1, zone: us-east1-c, project: shop-dev, labels: {team: api}}
      tests:
        - {job: node, instance: web-1, scraped_at: 10.0.0.1:9100, labels: {instance: 10.0.0.1:9100, job: node, team: web}}
        - {job: node, instance: web-1, labels_include: {team: web}}
        - {job: node, instance: web-1, labels: {team: web}}
        - {job: node, instance: db-1, dropped: rule 0}
        - {job: node, instance: db-1, dropped: 1}
        - {job: node, instance: db-1, dropped: filter}
        - {job: node, instance: dev-1, scraped_at: 10.0.0.3:9100}
        - {job: node, targets: 2}
        - {job: other, targets: 0}
        - {job: nodes, targets: 0}
      """)
    #expect(results.map(\.passed) == [true, true, false, true, false, false, true, true, true, false])
    #expect(results[2].labelDiff == [#"+instance="10.0.0.1:9100""#, #"+job="node""#])
    #expect(results[4].simulated == #"dropped: keep rule 0 saw "db" and its regex does not match it"#)
    #expect(results[4].trace?.hasPrefix("Job node, instance db-1\n") == true)
    #expect(results[9].simulated == "no job nodes in the configuration")
  }
}
