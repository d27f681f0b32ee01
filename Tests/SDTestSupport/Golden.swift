import Foundation
import SDCore

/// Compares output with a golden file of the repository. With `SDGEN_UPDATE_GOLDENS=1` in the
/// environment the golden file is re-recorded from the output instead.
package enum Golden {
  /// True when goldens are being re-recorded.
  package static var updating: Bool { ProcessInfo.processInfo.environment["SDGEN_UPDATE_GOLDENS"] == "1" }

  /// A unified diff from the golden file at `relative` (a path from the package root) to `actual`,
  /// or nil when they are equal (or the file was just re-recorded).
  package static func mismatch(_ actual: String, golden relative: String) throws -> String? {
    let url = TestPaths.repository.appendingPathComponent(relative)
    if updating {
      try Data(actual.utf8).write(to: url)
      return nil
    }
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    guard actual != expected else { return nil }
    let diff = UnifiedDiff.diff(old: expected, new: actual, oldName: relative, newName: "actual output")
    return "output differs from \(relative) (SDGEN_UPDATE_GOLDENS=1 re-records it):\n\(diff)"
  }
}
