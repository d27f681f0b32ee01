import Foundation
import Testing

@testable import SDCore
@testable import SDJSON
@testable import PrometheusModel
@testable import SDSimulate
import SDTestSupport

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Starts Debian's Prometheus 2.42 (installed by `.ci/run`) on a free loopback port, feeds it the
/// discovered label sets sdgen simulates through `file_sd_configs` with the same relabel rules, and
/// checks that its active targets' labels and its dropped targets are exactly sdgen's, over generated
/// cases that cover every relabel action.
@Suite(
  .enabled(
    if: OracleTool.prometheus.shouldRun,
    "the prometheus binary is not installed (apt-get install prometheus); set CI to make this a failure"),
  .serialized)
struct TargetsOracleTests {
  private static let caseCount = 220
  private static let seed: UInt64 = 0x5D6E_2026
  private static let jobsPerServer = 55

  @Test func prometheusBuildsTheSameTargets() async throws {
    let binary = try OracleTool.prometheus.require()
    let ports = [80, 9, 19, 39, 47, 51, 61, 71].filter { !Loopback.isListening(host: "127.0.0.1", port: $0) }
    try #require(ports.count >= 2, "need at least two loopback ports nobody listens on")
    let generated = TargetOracleCases(count: Self.caseCount, seed: Self.seed, ports: ports)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-targets-oracle-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let simulated = try simulate(generated)
    try checkCoverage(generated, simulated)
    try assertLoopbackOnly(simulated, ports: ports)

    let expectedActive = simulated.flatMap { $0.simulation.targets.map { "\($0.job) \($0.labels)" } }.sorted()
    let expectedDropped = simulated.flatMap { result in
      result.simulation.dropped.filter { $0.reason.ruleIndex != nil }.map { "\($0.job) \($0.instanceName)" }
    }.sorted()

    var jobByInstance: [String: String] = [:]
    for oracleCase in generated.cases {
      for instance in oracleCase.instances { jobByInstance[instance["name"]?.stringValue ?? ""] = oracleCase.job }
    }

    // Each file_sd provider takes an inotify instance (128 per user by default), so the jobs are
    // served in batches, one server start per batch.
    var answer: (active: [String], dropped: [String]) = ([], [])
    for batchStart in stride(from: 0, to: generated.cases.count, by: Self.jobsPerServer) {
      let batch = batchStart..<min(batchStart + Self.jobsPerServer, generated.cases.count)
      let batchFolder = folder.appendingPathComponent("batch\(batchStart)")
      try FileManager.default.createDirectory(at: batchFolder, withIntermediateDirectories: true)
      var prometheusJobs: [String] = []
      var expectedCount = 0
      for index in batch {
        let oracleCase = generated.cases[index]
        let file = batchFolder.appendingPathComponent("\(oracleCase.job).json")
        try fileSD(simulated[index].discovered).write(to: file, atomically: true, encoding: .utf8)
        prometheusJobs.append(jobYAML(oracleCase, discovery: ["file_sd_configs:", "  - files: ['\(file.path)']"]))
        let simulation = simulated[index].simulation
        expectedCount += simulation.targets.count + simulation.dropped.filter { $0.reason.ruleIndex != nil }.count
      }
      let configFile = batchFolder.appendingPathComponent("prometheus.yml")
      try configYAML(prometheusJobs).write(to: configFile, atomically: true, encoding: .utf8)
      let server = try PrometheusServer(binary: binary, config: configFile, folder: batchFolder)
      defer { server.stop() }
      let served = try await server.targets(expectedCount: expectedCount)
      answer.active += served.active
      // 2.42 reports discoveredLabels from a label builder that relabelling has since reused (their
      // job and __address__ can show relabelled values), so they are not compared; a dropped target
      // is identified by its instance name, which is unique across the cases and no rule rewrites.
      answer.dropped += served.droppedInstances.map { "\(jobByInstance[$0] ?? "?") \($0)" }
    }
    expectSame(prometheus: answer.active.sorted(), sdgen: expectedActive, what: "active target")
    expectSame(prometheus: answer.dropped.sorted(), sdgen: expectedDropped, what: "dropped target")
  }

  /// Records the entries only one side has (at most five of each), then checks the lists are equal.
  private func expectSame(prometheus: [String], sdgen: [String], what: String) {
    let onlyPrometheus = prometheus.filter { !sdgen.contains($0) }.prefix(5)
    let onlySDGen = sdgen.filter { !prometheus.contains($0) }.prefix(5)
    for entry in onlyPrometheus { Issue.record("\(what) only Prometheus has: \(entry)") }
    for entry in onlySDGen { Issue.record("\(what) only sdgen has: \(entry)") }
    #expect(prometheus == sdgen, "\(prometheus.count) \(what)s from Prometheus, \(sdgen.count) from sdgen")
  }

  /// What sdgen makes of one case.
  private struct Simulated {
    let discovered: [DiscoveredTarget]
    let simulation: TargetSimulation
  }

  private func simulate(_ generated: TargetOracleCases) throws -> [Simulated] {
    let jobs = generated.cases.map { oracleCase in
      jobYAML(
        oracleCase,
        discovery: [
          "gce_sd_configs:",
          "  - {project: \(TargetOracleCases.project), zone: \(TargetOracleCases.zone), port: \(oracleCase.port)}",
        ])
    }
    let (config, diagnostics) = ConfigDecoder(version: .v2_42).decode(
      SourceText(path: "oracle.yml", text: configYAML(jobs)))
    try #require(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    let simulator = TargetSimulator(config: config, version: .v2_42)
    return try generated.cases.map { oracleCase in
      let discovery = GCEDiscovery(
        project: TargetOracleCases.project, zone: TargetOracleCases.zone, port: oracleCase.port)
      return Simulated(
        discovered: discovery.targets(from: oracleCase.instances),
        simulation: try simulator.simulate(oracleCase.instances, job: oracleCase.job))
    }
  }

  /// The cases must exercise what the oracle is for.
  private func checkCoverage(_ generated: TargetOracleCases, _ simulated: [Simulated]) throws {
    let rules = generated.cases.flatMap(\.ruleLines).joined(separator: "\n")
    for action in RelabelAction.allCases where action != .replace {
      #expect(rules.contains("action: \(action.rawValue)\n") || rules.hasSuffix("action: \(action.rawValue)"))
    }
    #expect(rules.contains("(?P<kind>") && rules.contains("$1"))
    let reasons = simulated.flatMap { $0.simulation.dropped.map(\.reason) }
    #expect(reasons.contains(.noAddress))
    #expect(reasons.contains { $0.ruleIndex != nil })
    #expect(simulated.contains { $0.simulation.targets.contains { $0.labels["shard"] != nil } })
    #expect(simulated.contains { $0.simulation.targets.contains { $0.labels["job"] == nil } })
    #expect(simulated.contains { $0.simulation.targets.contains { $0.address.hasSuffix(":80") } })
    #expect(simulated.reduce(0) { $0 + $1.simulation.targets.count } >= 100)
  }

  /// Every address before, during and after relabelling is on loopback with a port nobody listens on.
  private func assertLoopbackOnly(_ simulated: [Simulated], ports: [Int]) throws {
    var addresses: [String] = []
    for result in simulated {
      addresses += result.discovered.compactMap { $0.labels["__address__"] }
      addresses += result.simulation.targets.map(\.address)
      for trace in result.simulation.traces {
        addresses += trace.relabelling.steps.compactMap { $0.labels?["__address__"] }
      }
    }
    for address in Set(addresses) {
      // A rule may write a bare host, which Prometheus 2.42 scrapes on port 80 (http).
      let parts = address.split(separator: ":")
      try #require(parts.count == 1 || parts.count == 2, "\(address) is not host or host:port")
      let octets = parts[0].split(separator: ".").compactMap { UInt8($0) }
      try #require(octets.count == 4 && octets[0] == 127, "\(address) is not a loopback address")
      let port = parts.count == 2 ? Int(parts[1]) ?? -1 : 80
      try #require(ports.contains(port), "\(address) uses a port not checked to be unused")
    }
    try #require(ports.allSatisfy { !Loopback.isListening(host: "127.0.0.1", port: $0) })
  }

  private func jobYAML(_ oracleCase: TargetOracleCases.Case, discovery: [String]) -> String {
    var lines = ["  - job_name: \(oracleCase.job)"]
    lines += (oracleCase.jobLines + discovery).map { "    " + $0 }
    lines.append("    relabel_configs:")
    lines += oracleCase.ruleLines.map { "      " + $0 }
    return lines.joined(separator: "\n")
  }

  private func configYAML(_ jobs: [String]) -> String {
    "global:\n  scrape_interval: 1h\n  scrape_timeout: 10s\nscrape_configs:\n" + jobs.joined(separator: "\n") + "\n"
  }

  /// A file_sd document with one group per target: the address as the target, the rest as labels.
  private func fileSD(_ targets: [DiscoveredTarget]) -> String {
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

/// A Prometheus server started for one test, listening on 127.0.0.1 only.
private final class PrometheusServer {
  private let process = Process()
  private let url: URL

  init(binary: String, config: URL, folder: URL) throws {
    let port = try #require(Loopback.freePort(), "no free loopback port")
    url = URL(string: "http://127.0.0.1:\(port)/api/v1/targets?state=any")!
    let log = folder.appendingPathComponent("prometheus.log")
    guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown)
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

  /// Stops the server and waits for it.
  func stop() {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }

  /// Active targets as `job {labels}` and the instance names of the dropped ones, once the server
  /// reports `expectedCount` targets (polled for at most 10 minutes: a busy machine, with other tests
  /// building sdgen beside this one, can slow discovery a lot; a quiet one answers in seconds).
  func targets(expectedCount: Int) async throws -> (active: [String], droppedInstances: [String]) {
    var last: (active: [String], droppedInstances: [String]) = ([], [])
    for _ in 0..<1200 {
      try await Task.sleep(nanoseconds: 500_000_000)
      guard process.isRunning else {
        Issue.record("prometheus exited with status \(process.terminationStatus)")
        return last
      }
      guard let (data, _) = try? await URLSession.shared.data(from: url),
        let body = try? JSONValue.parse(Array(data)), body["status"]?.stringValue == "success"
      else { continue }
      last = parse(body)
      if last.active.count + last.droppedInstances.count >= expectedCount { return last }
    }
    Issue.record(
      "prometheus reported \(last.active.count + last.droppedInstances.count) of \(expectedCount) targets in time")
    return last
  }

  private func parse(_ body: JSONValue) -> (active: [String], droppedInstances: [String]) {
    let active = (body["data"]?["activeTargets"]?.arrayValue ?? []).map { target in
      "\(target["scrapePool"]?.stringValue ?? "?") \(Self.labelSet(target["labels"]))"
    }
    let dropped = (body["data"]?["droppedTargets"]?.arrayValue ?? []).map { target in
      target["discoveredLabels"]?["__meta_gce_instance_name"]?.stringValue ?? "?"
    }
    return (active, dropped)
  }

  private static func labelSet(_ value: JSONValue?) -> LabelSet {
    LabelSet((value?.objectValue ?? [:]).map { ($0.key, $0.value.stringValue ?? "") })
  }
}

/// TCP probes on the loopback interface.
private enum Loopback {
  /// True when something accepts connections on `host:port`.
  static func isListening(host: String, port: Int) -> Bool {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { return false }
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    inet_pton(AF_INET, host, &address.sin_addr)
    let result = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    return result == 0
  }

  /// A port on 127.0.0.1 that is free now (bound to port 0, then released).
  static func freePort() -> Int? {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { return nil }
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
        bind(socketFD, raw, length) == 0 && getsockname(socketFD, raw, &length) == 0
      }
    }
    return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
  }
}

/// Generates the oracle cases of `TargetsOracleTests` from a fixed seed: one job per case, with
/// GCE instances on loopback addresses and relabel rules that cover every action, numbered and named
/// groups, missing labels, empty results and hashmod.
private struct TargetOracleCases {
  /// One generated job.
  struct Case {
    /// The job name.
    let job: String
    /// The instances, as the Compute API lists them.
    let instances: [JSONValue]
    /// The port of the job's gce_sd_configs entry.
    let port: Int
    /// The job-level YAML lines other than the service discovery block (params, scheme, interval).
    let jobLines: [String]
    /// The relabel rules as YAML lines, each rule starting with `- `.
    let ruleLines: [String]
  }

  /// The project and zone every case lists.
  static let project = "oracle-project"
  static let zone = "us-central1-a"

  /// The cases.
  let cases: [Case]

  /// Generates `count` cases from `seed`; every address uses one of `ports`.
  init(count: Int, seed: UInt64, ports: [Int]) {
    var random = SplitMix64(seed: seed)
    cases = (0..<count).map { index in Self.makeCase(index, ports: ports, random: &random) }
  }

  private static func makeCase(_ index: Int, ports: [Int], random: inout SplitMix64) -> Case {
    let instanceCount = 1 + random.below(4)
    let instances = (0..<instanceCount).map { number in
      instance(case: index, number: number, random: &random)
    }
    var rules: [[String]] = []
    // The first rule cycles through every template so each is used; the others are random.
    rules.append(rule(template: index % templateCount, ports: ports, random: &random))
    for _ in 0..<random.below(4) {
      rules.append(rule(template: random.below(templateCount), ports: ports, random: &random))
    }
    var jobLines: [String] = []
    if random.below(4) == 0 { jobLines.append("params: {module: ['m\(index)', 'other']}") }
    if random.below(5) == 0 { jobLines.append("metrics_path: '/probe/\(index)'") }
    if random.below(6) == 0 { jobLines += ["scrape_interval: 2m", "scrape_timeout: 45s"] }
    return Case(
      job: "case\(index)", instances: instances, port: ports[random.below(ports.count)], jobLines: jobLines,
      ruleLines: rules.flatMap { lines in lines.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element } })
  }

  private static let kinds = ["web", "db", "Api", "batch"]
  private static let labelValues = ["prod", "staging", "Web", "db-1", "a.b", "shard_2", "x"]

  private static func instance(case index: Int, number: Int, random: inout SplitMix64) -> JSONValue {
    let name = "c\(index)-\(random.pick(kinds))-\(number)"
    let privateIP = "127.\(index / 250 + 1).\(index % 250).\(number + 1)"
    var nic: [String: JSONValue] = [
      "name": .string("nic0"), "networkIP": .string(privateIP),
      "network": .string("https://www.googleapis.com/compute/v1/projects/\(project)/global/networks/default"),
    ]
    switch random.below(3) {
    case 0:
      nic["accessConfigs"] = .array([
        .object(["type": .string("ONE_TO_ONE_NAT"), "natIP": .string("127.200.\(index % 250).\(number + 1)")])
      ])
    case 1:
      nic["accessConfigs"] = .array([.object(["type": .string("DIRECT_IPV6")])])
    default: break
    }
    var interfaces: [JSONValue] = [.object(nic)]
    if random.below(3) == 0 {
      interfaces.append(.object(["name": .string("nic1"), "networkIP": .string("127.100.\(index % 250).\(number)")]))
    }
    var labels: [String: JSONValue] = [:]
    for key in ["env", "team", "tier", "app-name"] where random.below(3) != 0 {
      labels[key] = .string(random.pick(labelValues))
    }
    var metadata: [JSONValue] = []
    for key in ["startup-script", "role", "prometheus.port"] where random.below(2) == 0 {
      metadata.append(.object(["key": .string(key), "value": .string(random.pick(labelValues))]))
    }
    var object: [String: JSONValue] = [
      "name": .string(name), "id": .string(String(1_000_000 + index * 10 + number)),
      "zone": .string("https://www.googleapis.com/compute/v1/projects/\(project)/zones/\(zone)"),
      "machineType": .string("e2-small"),
      "status": .string(random.below(4) == 0 ? "TERMINATED" : "RUNNING"),
      "networkInterfaces": .array(interfaces), "labels": .object(labels),
      "metadata": .object(["items": .array(metadata)]),
    ]
    if random.below(2) == 0 {
      object["tags"] = .object(["items": .array(["http-server", "node"].map { .string($0) })])
    }
    return .object(object)
  }

  private static let templateCount = 21

  /// One relabel rule as YAML lines (fields of one mapping).
  private static func rule(template: Int, ports: [Int], random: inout SplitMix64) -> [String] {
    let port = random.pick(ports)
    switch template {
    case 0:
      return [
        "source_labels: [__meta_gce_label_env]", "regex: '(p|s)(.*)'", "target_label: env_short",
        "replacement: '$1${2}x'",
      ]
    case 1:
      let replacement = random.pick(["$kind", "${kind}_$n", "$kind_n", "${n}"])
      return [
        "source_labels: [__meta_gce_instance_name]", "regex: 'c(?P<case>\\d+)-(?P<kind>[a-zA-Z]+)-(?P<n>\\d+)'",
        "target_label: kind", "replacement: '\(replacement)'",
      ]
    case 2:
      return [
        "source_labels: [__meta_gce_label_team]", "regex: '(.+)'", "target_label: 'team_$1'",
        "replacement: 'yes'",
      ]
    case 3:
      return ["source_labels: [__meta_gce_private_ip]", "target_label: __address__", "replacement: '$1:\(port)'"]
    case 4:
      return [
        "source_labels: [__meta_gce_public_ip]", "regex: '(.+)'", "target_label: __address__",
        "replacement: '${1}:\(port)'",
      ]
    case 5:
      return [
        "source_labels: [__meta_gce_label_tier]", "regex: '\(random.pick(labelValues))'",
        "target_label: __address__", "replacement: ''",
      ]
    case 6:
      return ["source_labels: [__meta_gce_instance_status]", "regex: RUNNING", "action: keep"]
    case 7:
      let separator = random.pick([";", "/"])
      return [
        "source_labels: [__meta_gce_label_env, __meta_gce_label_team]", "separator: '\(separator)'",
        "regex: '\(random.pick(["prod\(separator).*", ".*\(separator)", "staging\(separator)Web"]))'",
        "action: drop",
      ]
    case 8:
      let target = random.pick(["__meta_gce_interface_ipv4_nic0", "__meta_gce_public_ip"])
      return ["source_labels: [__meta_gce_private_ip]", "target_label: \(target)", "action: keepequal"]
    case 9:
      return ["source_labels: [__meta_gce_label_env]", "target_label: __meta_gce_label_tier", "action: dropequal"]
    case 10:
      return [
        "source_labels: [__address__]", "modulus: \(2 + random.below(4))", "target_label: shard",
        "action: hashmod",
      ]
    case 11:
      return ["source_labels: [shard, __meta_gce_instance_name]", "regex: '(0|1);.*'", "action: keep"]
    case 12:
      return ["regex: '__meta_gce_label_(.+)'", "replacement: 'gce_$1'", "action: labelmap"]
    case 13:
      return ["regex: '__meta_gce_(metadata|label)_(.+)'", "replacement: '${1}_$2'", "action: labelmap"]
    case 14:
      return ["regex: '\(random.pick(["gce_e.*|env_short", "metadata_.*", "job"]))'", "action: labeldrop"]
    case 15:
      return ["regex: '__.*|job|instance|gce_.*|kind|shard'", "action: labelkeep"]
    case 16:
      return ["source_labels: [__meta_gce_instance_name]", "target_label: lower_name", "action: lowercase"]
    case 17:
      return [
        "source_labels: [__meta_gce_label_team, __meta_gce_instance_status]", "target_label: UP",
        "action: uppercase",
      ]
    case 18:
      return ["source_labels: [__meta_gce_instance_name]", "target_label: instance"]
    case 20:
      // Without a port, Prometheus 2.42 appends :80 for http; used only when port 80 is free.
      let suffix = ports.contains(80) ? "" : ":\(port)"
      return [
        "source_labels: [__meta_gce_interface_ipv4_nic0]", "target_label: __address__",
        "replacement: '$1\(suffix)'",
      ]
    default:
      return [
        "source_labels: [__meta_gce_label_missing, __meta_gce_tags]", "regex: '(?i);(.*)HTTP(.*)'",
        "target_label: missing", "replacement: 'x$1|$2'",
      ]
    }
  }
}

extension SplitMix64 {
  /// A number in `0..<bound`.
  fileprivate mutating func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &self) }

  /// One element of `items`.
  fileprivate mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
