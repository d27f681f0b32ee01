import Foundation

/// The Prometheus binaries oracle tests compare sdgen with (Debian's `prometheus` package, which
/// `.ci/run` installs). A test that needs one runs when it is installed or when `CI` is set: on a
/// developer machine without it the test is skipped with `skipNote`; under CI a missing tool fails.
package enum OracleTool: String {
  case promtool
  case prometheus

  /// The executable, searched in /usr/bin, /usr/local/bin, then `PATH`; nil when not installed.
  package var path: String? {
    let folders = ["/usr/bin", "/usr/local/bin"]
      + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
    return folders.map { "\($0)/\(rawValue)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// True when `CI` is set in the environment.
  package static var underCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

  /// True when a test needing the tool should run: it is installed, or CI demands it.
  package var shouldRun: Bool { path != nil || Self.underCI }

  /// The one line printed when the test is skipped.
  package var skipNote: String {
    "\(rawValue) is not installed (apt install prometheus); skipped here, and a failure when CI is set"
  }

  /// The executable, or the reason a CI run fails without it.
  package func require() throws -> String {
    guard let path else { throw Missing(tool: rawValue) }
    return path
  }

  /// The tool is required (CI is set) but not installed.
  package struct Missing: Error, CustomStringConvertible {
    package let tool: String
    package var description: String { "CI is set but \(tool) is not installed; install Debian's prometheus package" }
  }
}
