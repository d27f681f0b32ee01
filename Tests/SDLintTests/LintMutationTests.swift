import Foundation
import Testing

@testable import SDCore
@testable import SDLint
import SDTestSupport

/// Mutated configurations (fixed seed, bounded count) never crash or hang the linter, and every finding
/// points inside the file.
@Suite struct LintMutationTests {
  static let mutationsPerFile = 12

  private static func seedFiles() throws -> [(name: String, bytes: [UInt8])] {
    let corpus = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
      .filter { $0.hasSuffix(".yml") }.sorted()
    var files = try names.map { ($0, Array(try Data(contentsOf: corpus.appendingPathComponent($0)))) }
    for blog in ["node.yml", "dashboard.yml"] {
      let fragment = try TestPaths.fixtureBytes("data/blog/\(blog)")
      files.append(("blog/\(blog)", Array("scrape_configs:\n".utf8) + fragment))
    }
    return files
  }

  @Test(.enabled(if: TestPaths.hasCorpus, Comment(rawValue: TestPaths.noCorpus))) func mutatedFilesStayInBounds() throws {
    var generator = SplitMix64(seed: 2026)
    let linter = Linter()
    var checked = 0
    for file in try Self.seedFiles() {
      for _ in 0..<Self.mutationsPerFile {
        let mutated = YAMLMutator.mutate(file.bytes, using: &generator)
        let source = SourceText(path: file.name, bytes: mutated)
        for finding in linter.lint(source) where finding.file == nil {
          let start = finding.range.start
          #expect(start.line >= 1 && start.line <= max(1, source.lineCount + 1), "\(file.name): \(finding)")
          #expect(start.column >= 1, "\(file.name): \(finding)")
          #expect(finding.range.end >= start, "\(file.name): \(finding)")
          let lineLength = source.line(start.line).unicodeScalars.count
          #expect(
            start.column <= lineLength + 1,
            "\(file.name): \(finding.rule) \(finding.range) beyond line of \(lineLength)")
        }
        checked += 1
      }
    }
    print("lint mutation test: \(checked) mutated files linted")
    #expect(checked > 1000)
  }
}
