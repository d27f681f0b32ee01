import SDCore
import SDYAML

/// The checks a service-discovery entry's `UnmarshalYAML` runs after its keys and types decoded, in
/// Prometheus's order (the first failure wins), for the target version. The HTTP client checks that
/// most entries end with run separately (`DecodingSession+HTTPClient`).
struct DiscoveryEntryCheck {
  let document: YAMLDocument
  let version: PrometheusVersion
  let mechanism: DiscoveryMechanism
  let nodes: MappingNodes

  /// The first release whose ec2, lightsail, azure, http, puppetdb and uyuni entries validate their
  /// HTTP client settings (the others always did).
  static let httpValidationSince = PrometheusVersion(2, 48)

  /// True when Prometheus validates the entry's HTTP client settings in `version`.
  var validatesHTTPClient: Bool {
    switch mechanism {
    case .ec2, .lightsail, .azure, .http, .puppetdb, .uyuni: version >= Self.httpValidationSince
    case .file, .dns, .gce, .openstack, .ovhcloud, .triton, .serverset, .nerve, .aws: false
    default: true
    }
  }

  /// The first failed check, if any.
  func firstFailure() -> DiscoveryFailure? {
    switch mechanism {
    case .azure: azure()
    case .consul: consul()
    case .digitalocean:
      version >= PrometheusVersion(3, 12)
        ? role(["droplets", "databases"], unknown: "DigitalOcean SD role", defaultValue: "droplets") : nil
    case .dns: dns()
    case .docker: required("host", prometheus: "host missing", example: "unix:///var/run/docker.sock")
    case .dockerswarm: dockerSwarm()
    case .ec2: filtersHaveValues()
    case .eureka:
      serverURL(prometheus: "eureka_sd: empty or null eureka server", invalid: "eureka_sd: invalid eureka server URL")
    case .file: files()
    case .hetzner: role(["robot", "hcloud"], unknown: "role")
    case .http: httpURL("url", example: "https://sd.example.com/targets")
    case .ionos: required("datacenter_id", prometheus: "datacenter id can't be empty", example: "<datacenter id>")
    case .kubernetes: kubernetes()
    case .kuma: kuma()
    case .marathon: marathon()
    case .nerve, .serverset: zookeeper()
    case .nomad:
      nonBlank(
        "server", prometheus: "nomad SD configuration requires a server address", example: "http://localhost:4646")
    case .oci: oci()
    case .openstack: openstack()
    case .outscale: outscale()
    case .ovhcloud: ovhcloud()
    case .puppetdb:
      httpURL("url", example: "https://puppetdb.example.com")
        ?? required("query", prometheus: "query missing", example: "resources { type = \"Class\" }")
    case .scaleway: scaleway()
    case .stackit: stackit()
    case .triton: triton()
    case .uyuni: uyuni()
    case .aws: role(["ec2", "ecs", "elasticache", "lightsail", "msk", "rds"], unknown: "AWS SD role")
    case .gce, .ecs, .elasticache, .lightsail, .linode, .msk, .rds, .vultr: nil
    }
  }

  // MARK: Reading values

  /// The text of `key` when written and not null; nil otherwise.
  func text(_ key: String) -> String? {
    guard let value = nodes.valueNode(key), !document.isNull(value), document[value].kind == .scalar else {
      return nil
    }
    return document[value].value
  }

  /// The text of `key`, or `defaultValue` when absent (null zeroes it, as in Go).
  func value(_ key: String, default defaultValue: String = "") -> String {
    guard let node = nodes.valueNode(key) else { return defaultValue }
    return document.isNull(node) ? "" : document[node].value
  }

  /// True when `key` holds a non-empty value (a list with items, a non-empty string, a mapping).
  func isSet(_ key: String) -> Bool {
    guard let node = nodes.valueNode(key), !document.isNull(node) else { return false }
    switch document[node].kind {
    case .scalar: return !document[node].value.isEmpty
    case .sequence: return !document.itemView(node).isEmpty
    default: return true
    }
  }

  /// The scalar items of the list `key`, with their nodes.
  func items(_ key: String) -> [(text: String, node: YAMLNode.ID)] {
    guard let node = nodes.valueNode(key), document[node].kind == .sequence else { return [] }
    return document.items(node).map { item in
      let resolved = document.resolve(item)
      return (document.isNull(resolved) ? "" : document[resolved].value, resolved)
    }
  }

  // MARK: Failures

  /// "this consul_sd_configs entry …"
  var entryName: String { "this \(mechanism.key) entry" }

  func missing(_ key: String, prometheus: String, help: String) -> DiscoveryFailure {
    DiscoveryFailure(
      kind: .missing, message: "\(entryName) has no \(key)", help: help, prometheus: prometheus, key: key)
  }

  func conflict(_ key: String, with other: String, prometheus: String) -> DiscoveryFailure {
    DiscoveryFailure(
      kind: .conflict, message: "\(entryName) sets both \(other) and \(key), which exclude each other",
      help: "keep only one of \(other) and \(key)", prometheus: prometheus, key: key)
  }

  func invalid(
    _ key: String, _ message: String, help: String, prometheus: String, at node: YAMLNode.ID? = nil
  ) -> DiscoveryFailure {
    DiscoveryFailure(kind: .invalid, message: message, help: help, prometheus: prometheus, key: key, node: node)
  }

  /// Fails when `key` is absent or empty.
  func required(_ key: String, prometheus: String, example: String) -> DiscoveryFailure? {
    guard value(key).isEmpty else { return nil }
    return missing(key, prometheus: prometheus, help: "add '\(key): \(example)' to the entry")
  }

  /// Fails when `key` is written as blank (its default is not).
  func nonBlank(_ key: String, prometheus: String, example: String) -> DiscoveryFailure? {
    guard nodes.valueNode(key) != nil, value(key).trimmingSpaces.isEmpty else { return nil }
    return missing(key, prometheus: prometheus, help: "write an address such as '\(example)', or remove the key")
  }

  /// A `role` that must be one of `allowed`: missing (without a default) or unknown.
  func role(_ allowed: [String], unknown: String, defaultValue: String = "") -> DiscoveryFailure? {
    let role = value("role", default: defaultValue)
    let list = allowed.joined(separator: ", ")
    if role.isEmpty {
      return missing(
        "role", prometheus: "role missing (one of: \(list))", help: "add 'role: <\(allowed.joined(separator: "|"))>'")
    }
    guard !allowed.contains(role) else { return nil }
    return invalid(
      "role", "'\(role)' is not a role of \(mechanism.rawValue) discovery",
      help: Self.nearestHelp(role, in: allowed), prometheus: "unknown \(unknown) \"\(role)\"")
  }

  /// "a similar value exists" or the list of valid values.
  static func nearestHelp(_ value: String, in allowed: [String]) -> String {
    let caseMatch = allowed.first { $0.lowercased() == value.lowercased() }
    if let near = caseMatch ?? Suggestions.nearest(to: value, in: allowed).first {
      return "did you mean '\(near)'? valid values: \(allowed.joined(separator: ", "))"
    }
    return "use one of: \(allowed.joined(separator: ", "))"
  }

  /// An http(s) URL in `key`, checked as http and puppetdb discovery do.
  func httpURL(_ key: String, example: String) -> DiscoveryFailure? {
    let text = value(key)
    if text.isEmpty { return missing(key, prometheus: "URL is missing", help: "add '\(key): \(example)'") }
    guard let url = GoURL(parsing: text) else {
      return invalid(
        key, "'\(text)' is not a URL", help: "write a URL such as \(example)", prometheus: "missing protocol scheme")
    }
    if url.scheme != "http" && url.scheme != "https" {
      return invalid(
        key, "the \(key) '\(text)' does not start with http:// or https://", help: "write a URL such as \(example)",
        prometheus: "URL scheme must be 'http' or 'https'")
    }
    if url.host.isEmpty {
      return invalid(
        key, "the \(key) '\(text)' has no host", help: "write a URL such as \(example)",
        prometheus: "host is missing in URL")
    }
    return nil
  }

  /// A `server` URL that needs a scheme and a host (eureka).
  func serverURL(prometheus: String, invalid invalidText: String) -> DiscoveryFailure? {
    let text = value("server")
    if text.isEmpty { return missing("server", prometheus: prometheus, help: "add 'server: http://host:8761/eureka'") }
    guard let url = GoURL(parsing: text), !url.scheme.isEmpty, !url.host.isEmpty else {
      return invalid(
        "server", "the server '\(text)' is not a URL with a scheme and a host",
        help: "write a URL such as http://host:8761/eureka", prometheus: invalidText)
    }
    return nil
  }

  /// Exactly one of `secret_key` and `secret_key_file` (scaleway, outscale).
  func secretKey() -> DiscoveryFailure? {
    let (key, file) = (isSet("secret_key"), isSet("secret_key_file"))
    if !key && !file {
      return missing(
        "secret_key", prometheus: "one of secret_key & secret_key_file must be configured",
        help: "add 'secret_key' or 'secret_key_file' to the entry")
    }
    guard key && file else { return nil }
    return conflict(
      "secret_key_file", with: "secret_key",
      prometheus: "at most one of secret_key & secret_key_file must be configured")
  }
}
