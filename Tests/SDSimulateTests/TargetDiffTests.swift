import Testing

@testable import SDCore
@testable import SDJSON
@testable import PrometheusModel
@testable import SDSimulate

/// `TargetDiff`: targets that start and stop, labels that change, jobs added and removed.
@Suite struct TargetDiffTests {
  static let instances = """
    [
      {"name": "web-1", "zone": "projects/p/zones/us-east1-b", "status": "RUNNING",
       "labels": {"tier": "web"}, "networkInterfaces": [{"networkIP": "10.0.0.1"}]},
      {"name": "db-1", "zone": "projects/p/zones/us-east1-b", "status": "RUNNING",
       "labels": {"tier": "db"}, "networkInterfaces": [{"networkIP": "10.0.0.2"}]}
    ]
    """

  static func simulate(_ yaml: String) throws -> TargetSimulation {
    let (config, diagnostics) = ConfigDecoder(version: .newest).decode(SourceText(path: "p.yml", text: yaml))
    try #require(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    let instances = try InstanceListing.parse(Array(instances.utf8))
    return try TargetSimulator(config: config, version: .newest).simulate(instances)
  }

  static func job(_ name: String, _ relabel: String = "") -> String {
    "  - job_name: \(name)\n    gce_sd_configs: [{project: p, zone: us-east1-b, port: 9100}]\n" + relabel
  }

  @Test func sameConfigurationIsEmpty() throws {
    let config = "scrape_configs:\n" + Self.job("node")
    let diff = TargetDiff(old: try Self.simulate(config), new: try Self.simulate(config))
    #expect(diff.isEmpty)
    #expect(TargetDiffReport.format(diff, as: .text) == "no target changes\n")
  }

  @Test func aDropRuleStopsATargetAndSaysWhich() throws {
    let old = "scrape_configs:\n" + Self.job("node")
    let new =
      "scrape_configs:\n"
      + Self.job("node", "    relabel_configs:\n      - {source_labels: [__meta_gce_label_tier], regex: db, action: drop}\n")
    let diff = TargetDiff(old: try Self.simulate(old), new: try Self.simulate(new))
    #expect(
      TargetDiffReport.format(diff, as: .text) == """
        job node (changed): 1 stop
          - db-1  10.0.0.2:9100  (drop rule 0 saw "db" and its regex matches it)
        1 job changed: 0 targets start, 1 stop, 0 change labels

        """)
    #expect(diff.stoppedCount == 1 && diff.startedCount == 0)
  }

  @Test func labelChangesJobsAddedAndRemoved() throws {
    let old = "scrape_configs:\n" + Self.job("node") + Self.job("gone")
    let new =
      "scrape_configs:\n"
      + Self.job("node", "    relabel_configs:\n      - {source_labels: [__meta_gce_label_tier], target_label: tier}\n")
      + Self.job("fresh")
    let diff = TargetDiff(old: try Self.simulate(old), new: try Self.simulate(new))
    #expect(diff.jobs.map { "\($0.job) \($0.kind.rawValue)" } == ["node changed", "fresh added", "gone removed"])
    #expect(
      diff.jobs[0].relabelled.map { "\($0.old.instanceName) \($0.changes.map(\.name))" } == [
        "web-1 [\"tier\"]", "db-1 [\"tier\"]",
      ])
    #expect(diff.jobs[0].relabelled[0].changes == [TargetDiff.LabelChange(name: "tier", old: nil, new: "web")])
    #expect(diff.jobs[1].started.map(\.instanceName) == ["web-1", "db-1"])
    #expect(diff.jobs[2].stopped.map(\.target.instanceName) == ["web-1", "db-1"])
    #expect(TargetDiffReport.summary(diff) == "3 jobs changed (1 added, 1 removed): 2 targets start, 2 stop, 2 change labels")
  }

  @Test func githubAnnotationsEscapeAndPointAtTheRule() throws {
    let old = "scrape_configs:\n" + Self.job("node")
    let new =
      "scrape_configs:\n"
      + Self.job("node", "    relabel_configs:\n      - {source_labels: [__meta_gce_label_tier], regex: db, action: drop}\n")
    let diff = TargetDiff(old: try Self.simulate(old), new: try Self.simulate(new))
    var anchors = TargetDiffReport.Anchors(file: "a,b:c.yml")
    anchors.jobLines["node"] = 2
    anchors.ruleLines["node"] = [5]
    #expect(
      TargetDiffReport.format(diff, as: .github, anchors: anchors).hasPrefix(
        "::warning file=a%2Cb%3Ac.yml,line=5::job node: db-1 stops being scraped: drop rule 0 saw \"db\" and its regex matches it\n"))
  }
}
