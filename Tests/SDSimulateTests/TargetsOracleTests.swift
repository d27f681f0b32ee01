import Foundation
import SDTestSupport
import Testing

@testable import PrometheusModel
@testable import SDJSON
@testable import SDSimulate

/// Starts Debian's Prometheus 2.42 (installed by `.ci/run`) on a free loopback port, feeds it the
/// discovered label sets sdgen simulates as `static_configs` with the same relabel rules, and
/// checks that its active targets' labels and its dropped targets are exactly sdgen's, over generated
/// cases that cover every relabel action.
@Suite(
  .enabled(
    if: OracleTool.prometheus.shouldRun,
    "the prometheus binary is not installed (apt-get install prometheus); set CI to make this a failure"),
  .serialized)
struct TargetsOracleTests {
  private static let caseCount = 220
  private static let seed: UInt64 = 0x5D6E_2026

  @Test func prometheusBuildsTheSameTargets() async throws {
    let binary = try OracleTool.prometheus.require()
    let ports = Loopback.unusedPorts()
    try #require(ports.count >= 2, "need at least two loopback ports nobody listens on")
    let generated = TargetOracleCases(count: Self.caseCount, seed: Self.seed, ports: ports)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-targets-oracle-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let simulated = try TargetOracleCases.simulate(generated.cases)
    try checkCoverage(generated, simulated)
    try assertLoopbackOnly(simulated, ports: ports)

    let expectedActive = simulated.flatMap { $0.simulation.targets.map { "\($0.job) \($0.labels)" } }.sorted()
    let expectedDropped = simulated.flatMap { result in
      result.simulation.dropped.filter { $0.reason.ruleIndex != nil }.map { "\($0.job) \($0.instanceName)" }
    }.sorted()

    var jobByInstance: [String: String] = [:]
    for oracleCase in generated.cases {
      for instance in oracleCase.instances { jobByInstance[instance["name"]?.stringValue ?? ""] = oracleCase.job }
    }

    let served = try await TargetOracleCases.serve(
      generated.cases, simulated: simulated, binary: binary, folder: folder.appendingPathComponent("server"))
    let active = served.active.map { "\($0.pool) \(LabelSet($0.labels.map { ($0.key, $0.value) }))" }
    // 2.42 reports discoveredLabels from a label builder that relabelling has since reused (their
    // job and __address__ can show relabelled values), so they are not compared; a dropped target
    // is identified by its instance name, which is unique across the cases and no rule rewrites.
    let dropped = served.droppedInstances.map { "\(jobByInstance[$0] ?? "?") \($0)" }
    expectSame(prometheus: active.sorted(), sdgen: expectedActive, what: "active target")
    expectSame(prometheus: dropped.sorted(), sdgen: expectedDropped, what: "dropped target")
  }

  /// Records the entries only one side has (at most five of each), then checks the lists are equal.
  private func expectSame(prometheus: [String], sdgen: [String], what: String) {
    let onlyPrometheus = prometheus.filter { !sdgen.contains($0) }.prefix(5)
    let onlySDGen = sdgen.filter { !prometheus.contains($0) }.prefix(5)
    for entry in onlyPrometheus { Issue.record("\(what) only Prometheus has: \(entry)") }
    for entry in onlySDGen { Issue.record("\(what) only sdgen has: \(entry)") }
    #expect(prometheus == sdgen, "\(prometheus.count) \(what)s from Prometheus, \(sdgen.count) from sdgen")
  }

  /// The cases must exercise what the oracle is for.
  private func checkCoverage(_ generated: TargetOracleCases, _ simulated: [SimulatedOracleCase]) throws {
    let rules = generated.cases.flatMap(\.ruleLines).joined(separator: "\n")
    for action in RelabelAction.allCases where action != .replace {
      #expect(rules.contains("action: \(action.rawValue)\n") || rules.hasSuffix("action: \(action.rawValue)"))
    }
    #expect(rules.contains("(?P<kind>") && rules.contains("$1"))
    let reasons = simulated.flatMap { $0.simulation.dropped.map(\.reason) }
    #expect(reasons.contains(.noAddress))
    #expect(reasons.contains { $0.ruleIndex != nil })
    #expect(simulated.contains { $0.simulation.targets.contains { $0.labels["shard"] != nil } })
    #expect(simulated.contains { $0.simulation.targets.contains { $0.labels["job"] == nil } })
    #expect(simulated.contains { $0.simulation.targets.contains { $0.address.hasSuffix(":80") } })
    #expect(simulated.reduce(0) { $0 + $1.simulation.targets.count } >= 100)
  }

  /// Every address before, during and after relabelling is on loopback with a port nobody listens on.
  private func assertLoopbackOnly(_ simulated: [SimulatedOracleCase], ports: [Int]) throws {
    var addresses: [String] = []
    for result in simulated {
      addresses += result.discovered.compactMap { $0.labels["__address__"] }
      addresses += result.simulation.targets.map(\.address)
      for trace in result.simulation.traces {
        addresses += trace.relabelling.steps.compactMap { $0.labels?["__address__"] }
      }
    }
    for address in Set(addresses) {
      // A rule may write a bare host, which Prometheus 2.42 scrapes on port 80 (http).
      let parts = address.split(separator: ":")
      try #require(parts.count == 1 || parts.count == 2, "\(address) is not host or host:port")
      let octets = parts[0].split(separator: ".").compactMap { UInt8($0) }
      try #require(octets.count == 4 && octets[0] == 127, "\(address) is not a loopback address")
      let port = parts.count == 2 ? Int(parts[1]) ?? -1 : 80
      try #require(ports.contains(port), "\(address) uses a port not checked to be unused")
    }
    try #require(ports.allSatisfy { !Loopback.isListening(host: "127.0.0.1", port: $0) })
  }
}
