import Foundation
import SDTestSupport
import Testing

@testable import PrometheusModel
@testable import SDCore
@testable import SDSimulate

/// What sdgen makes of one generated case: the label sets discovery gives and the simulation.
struct SimulatedOracleCase {
  let discovered: [DiscoveredTarget]
  let simulation: TargetSimulation

  /// How many targets a Prometheus server lists for the job: the active ones and those a relabel rule
  /// dropped (targets without an address are listed nowhere).
  var servedCount: Int { simulation.targets.count + simulation.dropped.filter { $0.reason.ruleIndex != nil }.count }
}

extension TargetOracleCases {
  /// A `prometheus.yml` with `jobs` (each as `Case.yaml(discovery:)` makes it).
  static func configYAML(_ jobs: [String]) -> String {
    "global:\n  scrape_interval: 1h\n  scrape_timeout: 10s\nscrape_configs:\n" + jobs.joined(separator: "\n") + "\n"
  }

  /// The `prometheus.yml` of `cases` discovering their instances through `gce_sd_configs`.
  static func gceConfigYAML(_ cases: some Sequence<Case>) -> String {
    configYAML(cases.map { $0.yaml(discovery: $0.gceDiscovery) })
  }

  /// What sdgen discovers and simulates for each of `cases`.
  static func simulate(_ cases: [Case]) throws -> [SimulatedOracleCase] {
    let (config, diagnostics) = ConfigDecoder(version: .v2_42).decode(
      SourceText(path: "oracle.yml", text: gceConfigYAML(cases)))
    try #require(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    let simulator = TargetSimulator(config: config, version: .v2_42)
    return try cases.map { oracleCase in
      let discovery = GCEDiscovery(project: project, zone: zone, port: oracleCase.port)
      return SimulatedOracleCase(
        discovered: discovery.targets(from: oracleCase.instances),
        simulation: try simulator.simulate(oracleCase.instances, job: oracleCase.job))
    }
  }

  /// Starts one Prometheus server (`binary`) that is given what sdgen discovered for `cases` as
  /// `static_configs` (one group per target: no file watcher per job, so any number of jobs fits one
  /// server), with the same relabel rules, and returns its targets once it lists all of them.
  static func serve(
    _ cases: some Collection<Case>, simulated: some Collection<SimulatedOracleCase>, binary: String, folder: URL
  ) async throws -> ServedTargets {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var jobs: [String] = []
    for (oracleCase, result) in zip(cases, simulated) {
      jobs.append(oracleCase.yaml(discovery: try staticConfigs(result.discovered)))
    }
    let configFile = folder.appendingPathComponent("prometheus.yml")
    try configYAML(jobs).write(to: configFile, atomically: true, encoding: .utf8)
    let server = try PrometheusServer(binary: binary, config: configFile, folder: folder)
    defer { server.stop() }
    return try await server.targets(expectedCount: simulated.reduce(0) { $0 + $1.servedCount })
  }

  /// A `static_configs` block with one group per target: the address as the target, the rest as labels.
  private static func staticConfigs(_ targets: [DiscoveredTarget]) throws -> [String] {
    var lines = ["static_configs:"]
    for target in targets {
      let labels = try target.sortedLabels.filter { $0.0 != "__address__" }.map {
        "\(try quoted($0)): \(try quoted($1))"
      }
      lines.append("  - targets: [\(try quoted(target.labels["__address__"] ?? ""))]")
      lines.append("    labels: {\(labels.joined(separator: ", "))}")
    }
    return lines
  }

  /// `text` single-quoted for YAML; the generated names and values hold no line breaks or control
  /// characters, which single quotes cannot carry.
  private static func quoted(_ text: String) throws -> String {
    try #require(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text.debugDescription)")
    return "'" + text.replacing("'", with: "''") + "'"
  }
}

extension TargetOracleCases.Case {
  /// The job's `gce_sd_configs` block as YAML lines.
  var gceDiscovery: [String] {
    [
      "gce_sd_configs:",
      "  - {project: \(TargetOracleCases.project), zone: \(TargetOracleCases.zone), port: \(port)}",
    ]
  }

  /// The job as an entry of `scrape_configs`, discovering its targets through the `discovery` lines.
  func yaml(discovery: [String]) -> String {
    var lines = ["  - job_name: \(job)"]
    lines += (jobLines + discovery).map { "    " + $0 }
    lines.append("    relabel_configs:")
    lines += ruleLines.map { "      " + $0 }
    return lines.joined(separator: "\n")
  }
}
