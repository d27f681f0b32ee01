import Testing

@testable import SDCore
@testable import SDJSON
@testable import SDYAML
@testable import PrometheusModel
@testable import SDRender
@testable import SDSimulate
import SDTestSupport

@Suite("Target simulation: PopulateLabels steps, selection, warnings and errors")
struct SimulateTargetTests {
  private func config(_ yaml: String, version: PrometheusVersion = .newest) throws -> PrometheusConfig {
    let (config, diagnostics) = ConfigDecoder(version: version).decode(SourceText(path: "test.yml", text: yaml))
    try #require(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    return config
  }

  private func job(_ lines: String = "", version: PrometheusVersion = .newest) throws -> ScrapeConfig {
    let yaml = "scrape_configs:\n  - job_name: app\n" + lines
    return try #require(try config(yaml, version: version).scrapeConfigs.first)
  }

  private func instance(
    _ name: String, zone: String = "us-east1-b", ip: String? = "10.0.0.1", status: String = "RUNNING",
    labels: [String: String] = [:]
  ) -> JSONValue {
    var object: [String: JSONValue] = [
      "name": .string(name), "status": .string(status),
      "zone": .string("https://www.googleapis.com/compute/v1/projects/p-1/zones/\(zone)"),
      "labels": .object(labels.mapValues { .string($0) }),
    ]
    if let ip { object["networkInterfaces"] = .array([.object(["name": .string("nic0"), "networkIP": .string(ip)])]) }
    return .object(object)
  }

  @Test func scrapeLabelsAreAddedWhenAbsentAndParamsTakeTheFirstValue() throws {
    let populator = try TargetPopulator(
      job: try job(
        "    scrape_interval: 30s\n    metrics_path: /m\n    scheme: https\n    params: {module: [a, b], x: []}\n"),
      version: .newest)
    let labels = populator.labelsBeforeRelabelling(["__address__": "h:1", "__scheme__": "http"])
    #expect(
      labels.description
        == "{__address__=\"h:1\", __metrics_path__=\"/m\", __param_module=\"a\", __scheme__=\"http\", "
        + "__scrape_interval__=\"30s\", __scrape_timeout__=\"10s\", job=\"app\"}")
  }

  @Test func finalStepsRemoveDoubleUnderscoreLabelsAndDefaultInstance() throws {
    let populator = try TargetPopulator(job: try job(), version: .newest)
    let start = populator.labelsBeforeRelabelling(["__address__": "10.0.0.1:9100", "__meta_gce_x": "1", "a": "b"])
    #expect(
      populator.populate(start)
        == .kept(
          address: "10.0.0.1:9100",
          labels: [
            "a": "b", "instance": "10.0.0.1:9100",
            "job": "app",
          ]))
  }

  @Test func addressWithoutPortGetsTheSchemePortBefore3() throws {
    let old = try TargetPopulator(job: try job("    scheme: https\n", version: .v2_42), version: .v2_42)
    let new = try TargetPopulator(job: try job("    scheme: https\n"), version: .newest)
    let start = old.labelsBeforeRelabelling(["__address__": "10.0.0.1"])
    #expect(old.populate(start) == .kept(address: "10.0.0.1:443", labels: ["instance": "10.0.0.1:443", "job": "app"]))
    #expect(new.populate(start) == .kept(address: "10.0.0.1", labels: ["instance": "10.0.0.1", "job": "app"]))
    #expect(GoHostPort.needsDefaultPort("[::1]"))
    #expect(!GoHostPort.needsDefaultPort("[::1]:80"))
    #expect(!GoHostPort.needsDefaultPort("a:b:c"))
  }

  @Test func targetsPrometheusRefusesAreDroppedWithItsMessage() throws {
    let populator = try TargetPopulator(job: try job(), version: .newest)
    #expect(populator.finish(["job": "app"]) == .dropped(.noAddress))
    #expect(
      populator.finish(["__address__": "h/1:80", "__scrape_interval__": "1m", "__scrape_timeout__": "10s"])
        == .dropped(.invalidTarget("\"h/1:80\" is not a valid hostname")))
    #expect(
      populator.finish(["__address__": "h:80", "__scrape_interval__": "abc", "__scrape_timeout__": "10s"])
        == .dropped(.invalidTarget("error parsing scrape interval: not a valid duration string: \"abc\"")))
    #expect(
      populator.finish(["__address__": "h:80", "__scrape_interval__": "0s", "__scrape_timeout__": "10s"])
        == .dropped(.invalidTarget("scrape interval cannot be 0")))
    #expect(
      populator.finish(["__address__": "h:80", "__scrape_interval__": "5s", "__scrape_timeout__": "10s"])
        == .dropped(.invalidTarget("scrape timeout cannot be greater than scrape interval (\"10s\" > \"5s\")")))
  }

  @Test func instancesAreSelectedByZoneAndFilterAndReported() throws {
    let config = try config(
      """
      scrape_configs:
        - job_name: app
          gce_sd_configs:
            - {project: p-1, zone: us-east1-b, port: 9100, filter: 'status = "RUNNING"'}
          relabel_configs:
            - {source_labels: [__meta_gce_label_role], regex: db, action: drop}
      """)
    let instances = [
      instance("web", labels: ["role": "web"]), instance("db", ip: "10.0.0.2", labels: ["role": "db"]),
      instance("old", status: "TERMINATED"), instance("far", zone: "us-west1-a"), instance("bare", ip: nil),
    ]
    let result = try TargetSimulator(config: config).simulate(instances)
    #expect(result.targets.map(\.instanceName) == ["web"])
    #expect(result.targets.first?.labels == ["instance": "10.0.0.1:9100", "job": "app"])
    #expect(
      result.dropped.map { "\($0.instanceName): \($0.reason)" } == [
        "db: drop rule 0 saw \"db\" and its regex matches it",
        "old: excluded by the filter 'status = \"RUNNING\"'",
        "far: the instance is in zone us-west1-a of project p-1, which no gce_sd_configs entry of the job lists",
        "bare: the instance has no network interface, so discovery skips it",
      ])
    #expect(result.dropped.map(\.reason.ruleIndex) == [0, nil, nil, nil])
    #expect(result.warnings == [])
  }

  @Test func everyEntryThatListsAnInstanceYieldsATarget() throws {
    let config = try config(
      """
      scrape_configs:
        - job_name: app
          gce_sd_configs:
            - {project: p-1, zone: us-east1-b, port: 1}
            - {project: p-1, zone: us-east1-b, port: 2}
      """)
    let result = try TargetSimulator(config: config).simulate([instance("web")])
    #expect(result.targets.map(\.address) == ["10.0.0.1:1", "10.0.0.1:2"])
  }

  @Test func warningsNameEmptyJobsUnusedRulesAndDuplicates() throws {
    let config = try config(
      """
      scrape_configs:
        - job_name: empty
          gce_sd_configs: [{project: p-1, zone: europe-west1-b}]
        - job_name: app
          gce_sd_configs: [{project: p-1, zone: us-east1-b}]
          relabel_configs:
            - {source_labels: [__meta_gce_label_tema], target_label: team}
            - {target_label: instance, replacement: same}
      """)
    let result = try TargetSimulator(config: config).simulate([instance("a"), instance("b", ip: "10.0.0.2")])
    #expect(
      result.warnings == [
        "job 'empty' yields no targets from the 2 instances given; check its zones, filter and keep/drop rules "
          + "in the list of dropped instances",
        "job 'app': relabel rule 0 (replace) changes nothing for any of the 2 discovered targets; check its "
          + "source labels and regex, or remove it",
        "targets 'a' (job 'app') and 'b' (job 'app') have identical labels {instance=\"same\", job=\"app\"}; "
          + "their series would collide, so add a label that tells them apart",
      ])
  }

  @Test func aChosenJobWithoutGCEDiscoveryIsNamed() throws {
    let config = try config("scrape_configs:\n  - job_name: static\n    static_configs: [{targets: ['h:1']}]\n")
    let result = try TargetSimulator(config: config).simulate([instance("a")], job: "static")
    #expect(result.targets.isEmpty && result.dropped.isEmpty)
    #expect(result.warnings == ["job 'static' has no gce_sd_configs, and sdgen simulates only GCE discovery"])
    #expect(try TargetSimulator(config: config).simulate([instance("a")]).warnings == [])
  }

  @Test func errorsSayWhatToFix() throws {
    let config = try config(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs: [{project: p-1, zone: us-east1-b, filter: 'status = (RUNNING'}]
      """)
    #expect(throws: TargetSimulationError.unknownJob("nod", known: ["node"])) {
      try TargetSimulator(config: config).simulate([], job: "nod")
    }
    #expect(
      TargetSimulationError.unknownJob("nod", known: ["node"]).description
        == "no job is named 'nod' (did you mean 'node'?); its jobs are node")
    let error = #expect(throws: TargetSimulationError.self) { try TargetSimulator(config: config).simulate([]) }
    guard case .unparsableFilter(let job, let entry, let filter, _)? = error else {
      Issue.record("expected an unparsable filter, got \(String(describing: error))")
      return
    }
    #expect(job == "node" && entry == 0 && filter == "status = (RUNNING")
    #expect(error?.description.hasPrefix("job 'node' gce_sd_configs[0]: the filter 'status = (RUNNING' is not") == true)
  }

  @Test func explainShowsEachRuleAndTheResult() throws {
    let config = try config(
      """
      scrape_configs:
        - job_name: app
          gce_sd_configs: [{project: p-1, zone: us-east1-b, port: 9100}]
          relabel_configs:
            - {source_labels: [__meta_gce_instance_name], target_label: instance}
            - {source_labels: [__meta_gce_label_role], regex: db, action: drop}
      """)
    let result = try TargetSimulator(config: config).simulate([
      instance("web", labels: ["role": "db"]), instance("far", zone: "asia-east1-a"),
    ])
    let text = try #require(TargetTextReport.explain("web", in: result))
    #expect(
      text.hasSuffix(
        """
          rule 0 (replace): +instance="web"
            after: {__address__="10.0.0.1:9100", __metrics_path__="/metrics", __scheme__="http", \
        __scrape_interval__="1m", __scrape_timeout__="10s", instance="web", job="app"} and 8 __meta_* labels
          rule 1 (drop): dropped the target
          result: dropped, drop rule 1 saw "db" and its regex matches it

        """))
    #expect(text.hasPrefix("Job app, instance web\n  discovered:\n    __address__=\"10.0.0.1:9100\"\n"))
    #expect(
      TargetTextReport.explain("far", in: result)
        == "Job app, instance far\n  not discovered: the instance is in zone asia-east1-a of project p-1, which no "
        + "gce_sd_configs entry of the job lists\n")
    #expect(TargetTextReport.explain("nobody", in: result) == nil)
  }

  @Test func specsAreRenderedBeforeSimulating() throws {
    let spec = SourceText(
      path: "sdgen.yml",
      text: try String(
        contentsOf: TestPaths.repository.appendingPathComponent("examples/blog/sdgen.yml"), encoding: .utf8))
    let rendered = SourceText(
      path: "prometheus.yml",
      text: try String(
        contentsOf: TestPaths.repository.appendingPathComponent("examples/blog/prometheus.yml"), encoding: .utf8))
    #expect(PrometheusConfigSource.isSpec(YAMLParser().parse(spec).document))
    #expect(!PrometheusConfigSource.isSpec(YAMLParser().parse(rendered).document))
    let fromSpec = try #require(PrometheusConfigSource.load(spec, version: .newest).config)
    let fromFile = try #require(PrometheusConfigSource.load(rendered, version: .newest).config)
    #expect(fromSpec.scrapeConfigs.map(\.jobName) == ["node", "dashboard"])
    #expect(
      fromSpec.scrapeConfigs.map(\.gceSDConfigs.first?.filter)
        == fromFile.scrapeConfigs.map(\.gceSDConfigs.first?.filter))
    #expect(fromSpec.scrapeConfigs.map(\.relabelConfigs) == fromFile.scrapeConfigs.map(\.relabelConfigs))
  }
}
