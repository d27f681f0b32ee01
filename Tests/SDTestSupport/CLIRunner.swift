import Foundation

/// Runs the built `sdgen` binary and captures what it prints.
package struct CLIRunner {
  /// What one run printed and how it ended.
  package struct Result {
    package let stdout: String
    package let stderr: String
    package let status: Int32
  }

  /// The package root.
  package static let repository = TestPaths.repository

  /// The `sdgen` executable built beside the test bundle.
  package static let executable: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("sdgen")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return repository.appendingPathComponent(".build/debug/sdgen")
  }()

  /// Runs `sdgen arguments…` (or another `program`) in `directory` (default: the package root) with
  /// `input` on stdin.
  package static func run(
    _ arguments: [String], input: String = "", directory: URL? = nil,
    environment: [String: String] = [:], program: URL = executable
  ) throws -> Result {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? repository
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "GITHUB_ACTIONS")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }
}
