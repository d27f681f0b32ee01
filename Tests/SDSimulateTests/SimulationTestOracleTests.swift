import Foundation
import SDTestSupport
import Testing

@testable import SDJSON
@testable import SDSimulate

/// `sdgen test` against a real Prometheus: generated jobs and instances become test files whose
/// cases say what the simulation gives ("instance X is scraped at A with exactly these labels",
/// "instance Y is dropped by rule N", "job J has N targets"); `sdgen test` must pass them, and a
/// Prometheus 2.42 server fed the same discovered targets and relabel rules must agree with every
/// case. A mutated case must fail in both.
@Suite(
  .enabled(
    if: OracleTool.prometheus.shouldRun,
    "the prometheus binary is not installed (apt-get install prometheus); set CI to make this a failure"))
final class SimulationTestOracleTests: ScratchFolderSuite {
  private static let caseCount = 55
  private static let seed: UInt64 = 0x7E57_2028

  init() throws {
    try super.init(prefix: "sdgen-test-oracle")
  }

  @Test func prometheusAgreesWithEveryCaseSDGenTestPasses() async throws {
    let binary = try OracleTool.prometheus.require()
    let ports = Loopback.unusedPorts()
    try #require(ports.count >= 2, "need at least two loopback ports nobody listens on")
    let generated = TargetOracleCases(count: Self.caseCount, seed: Self.seed, ports: ports)
    let simulated = try TargetOracleCases.simulate(generated.cases)

    // One test file per job, each with that job's instances: every job of the configuration lists
    // the same zone, so a shared listing would give every job every instance.
    try write("prometheus.yml", TargetOracleCases.gceConfigYAML(generated.cases))
    var files: [String] = []
    var allCases: [OracleTestCase] = []
    for (oracleCase, result) in zip(generated.cases, simulated) {
      let cases = OracleTestCase.cases(of: result.simulation, job: oracleCase.job)
      try write("\(oracleCase.job).json", JSONGolden.canonicalText(.array(oracleCase.instances)))
      try write("\(oracleCase.job).test.yml", OracleTestCase.file(cases, instances: "\(oracleCase.job).json"))
      files.append("\(oracleCase.job).test.yml")
      allCases += cases
    }
    checkCoverage(allCases)

    // The server is Debian's 2.42, which appends a default port and refuses non-legacy label names.
    let result = try CLIRunner.run(["test", "--prometheus-version", "2.42"] + files, directory: folder)
    #expect(result.stderr == "")
    #expect(result.stdout == "sdgen test: \(allCases.count) cases, \(allCases.count) passed, 0 failed\n")
    #expect(result.status == 0)

    let served = try await TargetOracleCases.serve(
      generated.cases, simulated: simulated, binary: binary, folder: folder.appendingPathComponent("server"))
    for testCase in allCases {
      if let disagreement = testCase.disagreement(with: served) {
        Issue.record("Prometheus disagrees with \(testCase.yaml): \(disagreement)")
      }
    }

    // A changed label value and a changed count: both sdgen test and Prometheus reject each.
    let scraped = try #require(allCases.first { $0.labels != nil })
    let counted = try #require(allCases.first { $0.targets != nil })
    for mutated in [scraped.withLabel("kind", "mutated"), counted.withTargets(counted.targets! + 1)] {
      try write("mutated.yml", OracleTestCase.file([mutated], instances: "\(mutated.job).json"))
      let failing = try CLIRunner.run(
        ["test", "--prometheus-version", "2.42", "mutated.yml"], directory: folder)
      #expect(failing.status == 1)
      #expect(failing.stdout.hasPrefix("FAIL mutated.yml:4:5: "), "\(failing.stdout)")
      #expect(failing.stdout.hasSuffix("sdgen test: 1 case, 0 passed, 1 failed\n"), "\(failing.stdout)")
      #expect(mutated.disagreement(with: served) != nil, "Prometheus agrees with \(mutated.yaml)")
    }
  }

  /// The generated cases must hold every kind of expectation.
  private func checkCoverage(_ cases: [OracleTestCase]) {
    #expect(cases.filter { $0.labels != nil }.count >= 30)
    #expect(cases.contains { $0.droppedByRule != nil })
    #expect(cases.contains { $0.dropped && $0.droppedByRule == nil })
    #expect(cases.contains { $0.targets == 0 })
    #expect(cases.contains { ($0.targets ?? 0) >= 2 })
  }
}
