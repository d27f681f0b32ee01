import Foundation

/// Locations of the repository, its fixtures and the shared reference data, for tests.
enum TestPaths {
  /// The package root (the folder holding Package.swift).
  static let repository: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/SDConfigKitTests/Fixtures`.
  static let fixtures = repository.appendingPathComponent("Tests/SDConfigKitTests/Fixtures")

  /// The shared reference folder beside the repository (`../shared`), or `SDGEN_SHARED`.
  static let shared: URL = {
    if let override = ProcessInfo.processInfo.environment["SDGEN_SHARED"] {
      return URL(fileURLWithPath: override)
    }
    return repository.deletingLastPathComponent().appendingPathComponent("shared")
  }()

  /// The bytes of a file under the shared folder, e.g. `data/sample-instances.json`.
  static func sharedFile(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: shared.appendingPathComponent(relative)))
  }

  /// The text of a fixture file.
  static func fixture(_ relative: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(relative), encoding: .utf8)
  }
}
