import Foundation

/// A test suite that gets a fresh temporary folder per test and removes it afterwards.
open class ScratchFolderSuite {
  /// The folder, empty at the start of each test.
  package let folder: URL

  package init(prefix: String) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Writes `text` to `name` inside the folder (creating sub-folders) and returns its path.
  @discardableResult
  package func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
