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

  /// The bytes of a file under the shared folder, e.g. `data/sample-instances.json`.
  package static func sharedFile(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: shared.appendingPathComponent(relative)))
  }

  /// The text of a fixture file.
  package static func fixture(_ relative: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(relative), encoding: .utf8)
  }
}
