import Testing

@testable import SDCore
@testable import SDJSON
@testable import SDRender
@testable import SDSimulate
import SDTestSupport

@Suite("Targets golden output on the sample instances")
struct SimulateGoldenTests {
  private func simulation() throws -> TargetSimulation {
    let source = SourceText(
      path: "sample.prometheus.yml", text: try TestPaths.fixture("targets/sample.prometheus.yml"))
    let loaded = PrometheusConfigSource.load(source, version: .newest)
    #expect(loaded.diagnostics.isEmpty)
    let config = try #require(loaded.config)
    let instances = try InstanceListing.parse(TestPaths.fixtureBytes("data/sample-instances.json"))
    return try TargetSimulator(config: config).simulate(instances)
  }

  @Test func jsonOutputIsTheHandWrittenGolden() throws {
    let output = TargetJSONReport.format(try simulation())
    let mismatch = try JSONGolden.mismatch(
      try JSONValue.parse(Array(output.utf8)), golden: "Tests/Fixtures/targets/sample.targets.json")
    #expect(mismatch == nil, "\(mismatch ?? "")")
    #expect(output.hasSuffix("}\n") && !output.dropLast().contains("\n"))
  }

  /// The labels relabelling starts from are the reference table's meta labels (the discovery golden)
  /// plus the scrape labels Prometheus adds.
  @Test func labelsBeforeRelabellingAreTheReferenceTablePlusScrapeLabels() throws {
    let golden = try JSONValue.parse(Array(TestPaths.fixture("gce/sample-instances.labels.json").utf8))
    var expected: [String: [String: String]] = [:]
    for entry in try #require(golden.arrayValue)
    where entry["project"]?.stringValue == "acme-monitoring-prod"
      && ["us-central1-a", "europe-west4-b"].contains(entry["zone"]?.stringValue)
    {
      for target in try #require(entry["targets"]?.arrayValue) {
        var labels = (target["labels"]?.objectValue ?? [:]).mapValues { $0.stringValue ?? "" }
        labels["job"] = "sample"
        labels["__metrics_path__"] = "/metrics"
        labels["__scheme__"] = "http"
        labels["__scrape_interval__"] = "1m"
        labels["__scrape_timeout__"] = "10s"
        expected[target["instance"]?.stringValue ?? ""] = labels
      }
    }
    let traces = try simulation().traces.filter { $0.job == "sample" }
    #expect(traces.map(\.instanceName) == ["web-frontend-1", "batch-worker-7", "db-replica-2"])
    for trace in traces {
      #expect(trace.relabelling.input.dictionary == expected[trace.instanceName], "\(trace.instanceName)")
    }
  }
}
