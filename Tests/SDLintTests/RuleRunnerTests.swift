import Foundation
import Testing

@testable import SDCore
@testable import SDYAML
@testable import PrometheusModel
@testable import SDLint
import SDTestSupport

/// Rules run on several workers give exactly the findings, in exactly the order, of one rule after another.
@Suite struct RuleRunnerTests {
  @Test(.enabled(if: TestPaths.hasCorpus, Comment(rawValue: TestPaths.noCorpus))) func workersGiveTheSerialFindingsInRuleOrder() throws {
    let corpus = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    let files =
      try ["blog-combined.yml", "blog-dashboard.yml", "blog-node.yml"].map {
        TestPaths.repository.appendingPathComponent("examples/lint/\($0)")
      }
      + FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".yml") }.sorted()
      .map { corpus.appendingPathComponent($0) }
    let serial = RuleRunner(rules: RuleRegistry.all, parallelNodeThreshold: .max)
    let parallel = RuleRunner(rules: RuleRegistry.all, parallelNodeThreshold: 0)
    var findingCount = 0
    for file in files {
      let source = SourceText(path: file.lastPathComponent, bytes: Array(try Data(contentsOf: file)))
      let parsed = YAMLParser().parse(source)
      let decoded = ConfigDecoder(version: LintOptions().prometheusVersion).decode(parsed.document)
      let context = LintContext(
        source: source, document: parsed.document, config: decoded.config, options: LintOptions(),
        reported: parsed.diagnostics + decoded.diagnostics)
      let expected = serial.findings(in: context)
      findingCount += expected.joined().count
      for _ in 0..<3 {
        #expect(parallel.findings(in: context) == expected, "\(file.lastPathComponent)")
      }
    }
    #expect(findingCount > 50)
  }

  /// The first reader of each shared table is scheduled first, in whatever order the rules are given.
  @Test func theFirstReaderOfEachTableStartsFirstInAnyRuleOrder() {
    for rules in [RuleRegistry.all, RuleRegistry.all.reversed()] {
      let runner = RuleRunner(rules: rules)
      let schedule = runner.schedule
      #expect(schedule.sorted() == Array(rules.indices))
      let leading = schedule.prefix(LintSharedTable.allCases.count).map { rules[$0].sharedTable }
      #expect(Set(leading.compactMap { $0 }) == Set(LintSharedTable.allCases))
      for (position, index) in schedule.enumerated().dropFirst(LintSharedTable.allCases.count).dropLast() {
        #expect(index < schedule[position + 1], "the rest keep rule order")
      }
    }
  }
}
