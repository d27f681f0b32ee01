import Foundation
import SDTestSupport
import Testing

@testable import PrometheusModel
@testable import SDCore
@testable import SDJSON
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

  /// Starts one Prometheus server (`binary`) that discovers what sdgen discovered for `cases` through
  /// `file_sd_configs` files in `folder`, with the same relabel rules, and returns its targets once it
  /// lists all of them.
  static func serve(
    _ cases: some Collection<Case>, simulated: some Collection<SimulatedOracleCase>, binary: String, folder: URL
  ) async throws -> ServedTargets {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var jobs: [String] = []
    for (oracleCase, result) in zip(cases, simulated) {
      let file = folder.appendingPathComponent("\(oracleCase.job).json")
      try fileSD(result.discovered).write(to: file, atomically: true, encoding: .utf8)
      jobs.append(oracleCase.yaml(discovery: ["file_sd_configs:", "  - files: ['\(file.path)']"]))
    }
    let configFile = folder.appendingPathComponent("prometheus.yml")
    try configYAML(jobs).write(to: configFile, atomically: true, encoding: .utf8)
    let server = try PrometheusServer(binary: binary, config: configFile, folder: folder)
    defer { server.stop() }
    return try await server.targets(expectedCount: simulated.reduce(0) { $0 + $1.servedCount })
  }

  /// A file_sd document with one group per target: the address as the target, the rest as labels.
  private static func fileSD(_ targets: [DiscoveredTarget]) -> String {
    var writer = JSONWriter()
    writer.array { writer in
      for target in targets {
        writer.object { writer in
          writer.key("targets")
          writer.array { $0.value(target.labels["__address__"] ?? "") }
          writer.key("labels")
          writer.object { writer in
            for (name, value) in target.sortedLabels where name != "__address__" { writer.member(name, value) }
          }
        }
      }
    }
    return writer.output
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
