import Testing

@testable import PrometheusModel
@testable import SDCore
@testable import SDJSON
@testable import SDSimulate

/// A simulation keeps only what its report prints, reads a listing kept as bytes once for every job and
/// configuration, and gives the same targets, drops, warnings and reports whatever it keeps.
@Suite("Target simulation: what a simulation keeps")
struct SimulationRecordingTests {
  private static let config = """
    scrape_configs:
      - job_name: web
        gce_sd_configs:
          - {project: p-1, zone: us-east1-b, port: 80, filter: 'labels.role = "web"'}
          - {project: p-1, zone: us-east1-c, port: 80, filter: 'labels.role = "web"'}
        relabel_configs:
          - {source_labels: [__meta_gce_instance_name], target_label: instance}
          - {source_labels: [__meta_gce_label_tier], regex: canary, action: drop}
      - job_name: nothing
        gce_sd_configs:
          - {project: p-1, zone: us-east1-b, filter: 'labels.role = "none-has-this"'}
      - job_name: preemptible
        gce_sd_configs:
          - {project: p-1, zone: us-east1-b, port: 9100, filter: 'scheduling.preemptible = true'}
    """

  private static let listing = """
    [{"name": "w1", "zone": "https://www.googleapis.com/compute/v1/projects/p-1/zones/us-east1-b",
      "labels": {"role": "web"}, "scheduling": {"preemptible": true}, "disks": [{"boot": true}],
      "networkInterfaces": [{"name": "nic0", "networkIP": "10.0.0.1"}]},
     {"name": "w2", "zone": "https://www.googleapis.com/compute/v1/projects/p-1/zones/us-east1-c",
      "labels": {"role": "web", "tier": "canary"}, "networkInterfaces": [{"name": "nic0", "networkIP": "10.0.0.2"}]},
     {"name": "db", "zone": "https://www.googleapis.com/compute/v1/projects/p-1/zones/us-east1-b",
      "labels": {"role": "db"}, "networkInterfaces": [{"name": "nic0", "networkIP": "10.0.0.3"}]},
     {"name": "far", "zone": "https://www.googleapis.com/compute/v1/projects/p-1/zones/asia-east1-a",
      "labels": {"role": "web"}, "networkInterfaces": [{"name": "nic0", "networkIP": "10.0.0.4"}]}]
    """

  private func simulator(_ yaml: String = config) throws -> TargetSimulator {
    let (config, diagnostics) = ConfigDecoder().decode(SourceText(path: "test.yml", text: yaml))
    try #require(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    return TargetSimulator(config: config)
  }

  private func listed() throws -> InstanceList {
    try InstanceListing.parse(Array(Self.listing.utf8))
  }

  @Test func aListingKeptAsBytesGivesWhatDecodedInstancesGive() throws {
    let simulator = try simulator()
    let fromBytes = try simulator.simulate(try listed())
    let decoded = try simulator.simulate(Array(try listed()))
    #expect(fromBytes == decoded)
    // The filter on scheduling.preemptible, a field discovery does not read, is still evaluated.
    #expect(
      fromBytes.targets.map { "\($0.job) \($0.instanceName) \($0.address)" } == [
        "web w1 10.0.0.1:80", "preemptible w1 10.0.0.1:9100",
      ])
  }

  @Test func aReportKeepsDropsButNoTraces() throws {
    let simulator = try simulator()
    let everything = try simulator.simulate(try listed())
    let report = try simulator.simulate(try listed(), recording: .report)
    #expect(report.traces.isEmpty && everything.traces.count == 3)
    #expect(report.targets == everything.targets)
    #expect(report.dropped == everything.dropped)
    #expect(report.warnings == everything.warnings)
    #expect(TargetTextReport.format(report) == TargetTextReport.format(everything))
    #expect(TargetJSONReport.format(report) == TargetJSONReport.format(everything))
  }

  @Test func aJobWhoseFilterSelectsNothingStillReportsEveryInstanceItExcludes() throws {
    let report = try simulator().simulate(try listed(), recording: .report)
    #expect(
      report.dropped.filter { $0.job == "nothing" }.map { "\($0.instanceName): \($0.reason)" } == [
        "w1: excluded by the filter 'labels.role = \"none-has-this\"'",
        "w2: the instance is in zone us-east1-c of project p-1, which no gce_sd_configs entry of the job lists",
        "db: excluded by the filter 'labels.role = \"none-has-this\"'",
        "far: the instance is in zone asia-east1-a of project p-1, which no gce_sd_configs entry of the job lists",
      ])
    #expect(
      report.warnings == [
        "job 'nothing' yields no targets from the 4 instances given; check its zones, filter and keep/drop rules "
          + "in the list of dropped instances"
      ])
    // Drops share their reasons: one per filter and per zone no entry lists.
    #expect(report.dropReasons.count == 6)
  }

  @Test func explainingKeepsTheDropsAndTracesOfOneInstance() throws {
    let simulator = try simulator()
    let everything = try simulator.simulate(try listed())
    let explaining = try simulator.simulate(try listed(), recording: .explaining("w2"))
    #expect(explaining.traces.map(\.instanceName) == ["w2"])
    #expect(Set(explaining.dropped.map(\.instanceName)) == ["w2"])
    #expect(TargetTextReport.explain("w2", in: explaining) == TargetTextReport.explain("w2", in: everything))
    #expect(explaining.targets == everything.targets)
    #expect(explaining.warnings == everything.warnings)
  }

  @Test func unusedRulesAreFoundWithoutTraces() throws {
    let yaml = """
      scrape_configs:
        - job_name: app
          gce_sd_configs: [{project: p-1, zone: us-east1-b}]
          relabel_configs:
            - {source_labels: [__meta_gce_label_nope], target_label: team}
            - {source_labels: [__meta_gce_label_role], target_label: role}
      """
    let simulator = try simulator(yaml)
    let withTraces = try simulator.simulate(try listed())
    let without = try simulator.simulate(try listed(), recording: .targetsOnly)
    #expect(without.dropped.isEmpty && without.traces.isEmpty)
    #expect(without.warnings == withTraces.warnings)
    #expect(
      without.warnings == [
        "job 'app': relabel rule 0 (replace) changes nothing for any of the 2 discovered targets; check its "
          + "source labels and regex, or remove it"
      ])
  }

  @Test func configurationsSimulatedSideBySideGiveWhatEachGivesAlone() throws {
    let old = try simulator()
    let new = try simulator(Self.config.replacing("canary", with: "beta"))
    let both = try TargetSimulator.simulate([(new, .report), (old, .targetsOnly)], over: try listed())
    #expect(both[0] == (try new.simulate(try listed(), recording: .report)))
    #expect(both[1] == (try old.simulate(try listed(), recording: .targetsOnly)))
    let diff = TargetDiff(old: both[1], new: both[0])
    let full = TargetDiff(old: try old.simulate(try listed()), new: try new.simulate(try listed()))
    #expect(diff == full)
    #expect(diff.startedCount == 1 && diff.stoppedCount == 0)
  }

  @Test func aStoppedTargetSaysWhatNowDropsIt() throws {
    let old = try simulator()
    let new = try simulator(Self.config.replacing("regex: canary", with: "regex: 'canary|'"))
    let both = try TargetSimulator.simulate([(new, .report), (old, .targetsOnly)], over: try listed())
    let diff = TargetDiff(old: both[1], new: both[0])
    #expect(diff.jobs.map(\.job) == ["web"])
    #expect(
      diff.jobs[0].stopped.map { "\($0.target.instanceName): \($0.reason.map(String.init(describing:)) ?? "-")" } == [
        "w1: drop rule 1 saw \"\" and its regex matches it"
      ])
  }
}
