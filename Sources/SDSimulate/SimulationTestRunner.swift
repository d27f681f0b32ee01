import PrometheusModel
import SDCore
import SDJSON

/// Runs the cases of a test file against one simulation of its configuration.
package struct SimulationTestRunner: Sendable {
  /// The simulation every case reads.
  package let simulation: TargetSimulation
  /// The jobs of the configuration, for a case naming an unknown job.
  private let jobs: [String]

  /// Simulates `config` over `instances` and the file's inline instances (numbered after them).
  package init(
    config: PrometheusConfig, instances: InstanceList, inline: [InlineInstance], version: PrometheusVersion = .newest
  ) throws(TargetSimulationError) {
    var all = instances
    all.append(
      contentsOf: InstanceList(inline.enumerated().map { $0.element.json(number: $0.offset + 1, config: config) }))
    simulation = try TargetSimulator(config: config, version: version).simulate(all)
    jobs = config.scrapeConfigs.map(\.jobName)
  }

  /// The result of every case, in order.
  package func run(_ cases: [SimulationTestCase]) -> [SimulationTestResult] {
    cases.map(run)
  }

  /// The result of one case.
  package func run(_ testCase: SimulationTestCase) -> SimulationTestResult {
    let job = testCase.job
    guard jobs.contains(job) else {
      return result(testCase, passed: false, expected: "job \(job)", simulated: "no job \(job) in the configuration")
    }
    let target = simulation.targets.first { $0.job == job && $0.instanceName == testCase.instance }
    let dropped = simulation.dropped.first { $0.job == job && $0.instanceName == testCase.instance }
    switch testCase.expectation {
    case .targetCount(let count):
      let actual = simulation.targets.filter { $0.job == job }.count
      return result(
        testCase, passed: actual == count, expected: Self.targets(count), simulated: Self.targets(actual))
    case .dropped(let cause):
      let expected = "\(cause)"
      if let target {
        return result(
          testCase, passed: false, expected: expected, simulated: "scraped at \(target.address) with \(target.labels)")
      }
      guard let dropped else { return result(testCase, passed: false, expected: expected, simulated: notListed) }
      return result(
        testCase, passed: Self.matches(cause, dropped.reason), expected: expected,
        simulated: "dropped: \(dropped.reason)")
    case .scraped(let address, let labels, let exactly):
      let expected = Self.phrase(address: address, labels: labels, exactly: exactly)
      guard let target else {
        return result(
          testCase, passed: false, expected: expected, simulated: dropped.map { "dropped: \($0.reason)" } ?? notListed)
      }
      let diff = labels.map { Self.diff(expected: $0, actual: target.labels, exactly: exactly) } ?? []
      let passed = (address == nil || address == target.address) && diff.isEmpty
      return result(
        testCase, passed: passed, expected: expected,
        simulated: "scraped at \(target.address) with \(target.labels)", labelDiff: diff)
    }
  }

  private var notListed: String { "the instance is in no listing; check its name" }

  private func result(
    _ testCase: SimulationTestCase, passed: Bool, expected: String, simulated: String, labelDiff: [String] = []
  ) -> SimulationTestResult {
    var trace: String?
    if !passed, let instance = testCase.instance {
      trace = TargetTextReport.explain(instance, in: simulation, job: testCase.job)
    }
    return SimulationTestResult(
      testCase: testCase, passed: passed, expected: expected, simulated: simulated, labelDiff: labelDiff, trace: trace)
  }

  private static func matches(_ cause: SimulationTestCase.DropCause, _ reason: TargetDropReason) -> Bool {
    switch (cause, reason) {
    case (.any, _), (.filter, .filtered), (.location, .otherLocation): true
    case (.rule(let index), _): reason.ruleIndex == index
    default: false
    }
  }

  private static func targets(_ count: Int) -> String { count == 1 ? "1 target" : "\(count) targets" }

  private static func phrase(address: String?, labels: LabelSet?, exactly: Bool) -> String {
    var text = "scraped"
    if let address { text += " at \(address)" }
    if let labels { text += exactly ? " with \(labels)" : " with at least \(labels)" }
    return text
  }

  /// The differences between the expected and the simulated labels, in name order.
  private static func diff(expected: LabelSet, actual: LabelSet, exactly: Bool) -> [String] {
    var names = Set(expected.map(\.name))
    if exactly { names.formUnion(actual.map(\.name)) }
    return names.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }.compactMap { name in
      switch (expected[name], actual[name]) {
      case (let want?, nil): "-\(name)=\(want.goQuoted)"
      case (nil, let got?): "+\(name)=\(got.goQuoted)"
      case (let want?, let got?) where want != got: "~\(name): \(want.goQuoted) != \(got.goQuoted)"
      default: nil
      }
    }
  }
}
