import Foundation

/// Locations of the repository, its fixtures and the shared reference data, for tests.
package enum TestPaths {
  /// The package root (the folder holding Package.swift).
  package static let repository: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures`.
  package static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

  /// The shared reference folder beside the repository (`../shared`), or `SDGEN_SHARED`.
  package static let shared: URL = {
    if let override = ProcessInfo.processInfo.environment["SDGEN_SHARED"] {
      return URL(fileURLWithPath: override)
    }
    return repository.deletingLastPathComponent().appendingPathComponent("shared")
  }()

  /// True when Prometheus's test corpus (`../shared/corpus`) is beside the repository; tests that read
  /// it are skipped with one line otherwise, so a plain clone passes `swift test`.
  package static let hasCorpus = FileManager.default.fileExists(
    atPath: shared.appendingPathComponent("corpus/prometheus-testdata/INDEX.tsv").path)

  /// Why a corpus test was skipped.
  package static let noCorpus = "../shared/corpus is absent (set SDGEN_SHARED to its parent to run this)"

  /// The bytes of a fixture file, e.g. `data/sample-instances.json` (copied from `../shared/data`).
  package static func fixtureBytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtures.appendingPathComponent(relative)))
  }

  /// The text of a fixture file.
  package static func fixture(_ relative: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(relative), encoding: .utf8)
  }
}
