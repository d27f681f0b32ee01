import Foundation
import SDJSON

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A Prometheus server started for one test, listening on 127.0.0.1 only, with its storage and log in
/// the test's folder.
package final class PrometheusServer {
  /// The server exited early or did not report every target in time.
  package struct Failure: Error, CustomStringConvertible {
    package let description: String
  }

  private let process = Process()
  private let url: URL

  /// Starts `binary` with `config`; the server's data and log go to `folder`.
  package init(binary: String, config: URL, folder: URL) throws {
    guard let port = Loopback.freePort() else { throw Failure(description: "no free loopback port") }
    url = URL(string: "http://127.0.0.1:\(port)/api/v1/targets?state=any")!
    let log = folder.appendingPathComponent("prometheus.log")
    guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
      throw Failure(description: "cannot create \(log.path)")
    }
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = [
      "--config.file=\(config.path)", "--storage.tsdb.path=\(folder.appendingPathComponent("data").path)",
      "--web.listen-address=127.0.0.1:\(port)", "--log.level=warn",
    ]
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
  }

  deinit { stop() }

  /// Stops the server and waits for it.
  package func stop() {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }

  /// The server's targets once it reports `expectedCount` of them, active and dropped (polled for at
  /// most 10 minutes: a busy machine, with other tests building sdgen beside this one, can slow
  /// discovery a lot; a quiet one answers in seconds).
  package func targets(expectedCount: Int) async throws -> ServedTargets {
    var last = ServedTargets()
    for _ in 0..<1200 {
      try await Task.sleep(nanoseconds: 500_000_000)
      guard process.isRunning else {
        throw Failure(description: "prometheus exited with status \(process.terminationStatus)")
      }
      guard let (data, _) = try? await URLSession.shared.data(from: url),
        let body = try? JSONValue.parse(Array(data)), body["status"]?.stringValue == "success"
      else { continue }
      last = ServedTargets(body)
      if last.count >= expectedCount { return last }
    }
    throw Failure(description: "prometheus reported \(last.count) of \(expectedCount) targets in time")
  }
}
