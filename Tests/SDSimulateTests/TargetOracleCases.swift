import SDJSON
import SDTestSupport

/// Generates the oracle cases of `TargetsOracleTests` and `SimulationTestOracleTests` from a fixed
/// seed: one job per case, with GCE instances on loopback addresses and relabel rules that cover every
/// action, numbered and named groups, missing labels, empty results and hashmod.
struct TargetOracleCases {
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
