import Foundation
import Testing

@testable import SDCore
@testable import SDLint
import SDTestSupport

/// Lints every prometheus.yml of Prometheus's own config test corpus with every rule, following
/// `scrape_config_files`, and compares the errors with what upstream expects.
@Suite(.enabled(if: TestPaths.hasCorpus, Comment(rawValue: TestPaths.noCorpus))) struct CorpusLintTests {
  @Test func corpusLintsAsUpstreamExpects() throws {
    let linter = Linter()
    var counts = (files: 0, good: 0, goodClean: 0, bad: 0, caught: 0, outOfScope: 0, unreferenced: 0, includes: 0)
    var outOfScopeLines: [String] = []
    for row in try PrometheusCorpus.rows() {
      counts.files += 1
      let path = PrometheusCorpus.folder.appendingPathComponent(row.file).path
      let linted = linter.lintFollowingIncludes(SourceText(path: path, bytes: try PrometheusCorpus.bytes(row.file)))
      if !linted.includedSources.isEmpty { counts.includes += 1 }
      let errors = linted.diagnostics.filter { $0.severity == .error }
      switch row.expectation {
      case .loads:
        counts.good += 1
        #expect(
          errors.isEmpty,
          "\(row.file) loads in Prometheus but gives \(errors.map { "\($0.range.start) [\($0.rule)] \($0.message)" })")
        if errors.isEmpty { counts.goodClean += 1 }
      case .fails:
        counts.bad += 1
        if let reason = PrometheusCorpus.reason(row.file, in: PrometheusCorpus.outOfScope) {
          counts.outOfScope += 1
          outOfScopeLines.append("  \(row.file): \(reason)\(errors.isEmpty ? "" : " (an error is reported anyway)")")
        } else {
          #expect(!errors.isEmpty, "\(row.file) is refused by Prometheus (\(row.cells[1])) but lints without an error")
          if !errors.isEmpty { counts.caught += 1 }
        }
      case .unreferenced:
        counts.unreferenced += 1
      }
    }
    print(
      """
      corpus lint: \(counts.files) files (\(counts.includes) pull in scrape_config_files); \
      good \(counts.goodClean)/\(counts.good) without errors; \
      bad in scope caught \(counts.caught)/\(counts.bad - counts.outOfScope); \
      out of scope \(counts.outOfScope); not referenced upstream \(counts.unreferenced)
      out of scope:
      \(outOfScopeLines.joined(separator: "\n"))
      """)
    #expect(counts.files == 217)
    #expect(counts.includes == 7)
    #expect(counts.goodClean == counts.good)
    #expect(counts.caught == counts.bad - counts.outOfScope)
  }

  /// The bad files that fail only through the files they include are caught at the place Prometheus names.
  @Test(arguments: [
    ("scrape_config_files_double_import.bad.yml", "scrape_config_files_double_import.bad.yml", 3, 5),
    ("scrape_config_files_duplicate.bad.yml", "scrape_config_files.good.yml", 2, 15),
    ("scrape_config_files_global.bad.yml", "scrape_config_files.bad.yml", 4, 21),
  ])
  func includeFailuresPointIntoTheRightFile(file: String, errorFile: String, line: Int, column: Int) throws {
    let folder = PrometheusCorpus.folder.path
    let linted = Linter().lintFollowingIncludes(
      SourceText(path: folder + "/" + file, bytes: try PrometheusCorpus.bytes(file)))
    let errors = linted.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect((error.file ?? folder + "/" + file) == folder + "/" + errorFile)
    #expect(error.range.start == SourcePosition(line: line, column: column))
  }
}
