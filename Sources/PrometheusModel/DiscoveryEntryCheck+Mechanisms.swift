import SDCore
import SDYAML

/// The mechanism-specific checks of `DiscoveryEntryCheck` (Kubernetes has its own file).
extension DiscoveryEntryCheck {
  func azure() -> DiscoveryFailure? {
    let prefix = "azure SD configuration requires a "
    if value("subscription_id").isEmpty {
      return missing(
        "subscription_id", prometheus: prefix + "subscription_id", help: "add 'subscription_id: <subscription id>'")
    }
    let method = value("authentication_method", default: "OAuth")
    if method == "OAuth" {
      for key in ["tenant_id", "client_id", "client_secret"] where value(key).isEmpty {
        return missing(
          key, prometheus: prefix + key,
          help: "add '\(key)' for OAuth, or set 'authentication_method' to ManagedIdentity")
      }
    }
    var methods = ["OAuth", "ManagedIdentity"]
    if version >= PrometheusVersion(3, 11) { methods += ["SDK", "WorkloadIdentity"] }
    guard !methods.contains(method) else { return nil }
    let quoted = methods.map { "\"\($0)\"" }
    let list = quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    return invalid(
      "authentication_method", "'\(method)' is not an Azure authentication method",
      help: Self.nearestHelp(method, in: methods),
      prometheus: "unknown authentication_type \"\(method)\". Supported types are \(list)")
  }

  func consul() -> DiscoveryFailure? {
    if let failure = nonBlank(
      "server", prometheus: "consul SD configuration requires a server address", example: "localhost:8500")
    {
      return failure
    }
    if isSet("username") || isSet("password"), isPresent("basic_auth") {
      return conflict(
        "basic_auth", with: isSet("username") ? "username" : "password",
        prometheus: "at most one of consul SD configuration username and password and basic auth can be configured")
    }
    if isSet("token"), isPresent("authorization") || isPresent("oauth2") {
      return conflict(
        isPresent("authorization") ? "authorization" : "oauth2", with: "token",
        prometheus: "at most one of consul SD token, authorization, or oauth2 can be configured")
    }
    return nil
  }

  /// True when the block `key` is written and not null.
  func isPresent(_ key: String) -> Bool {
    nodes.valueNode(key).map { !document.isNull($0) } ?? false
  }

  func dns() -> DiscoveryFailure? {
    if items("names").isEmpty {
      return missing(
        "names", prometheus: "DNS-SD config must contain at least one SRV record name",
        help: "add 'names: [_prometheus._tcp.example.com]'")
    }
    let type = value("type", default: "SRV")
    var needingPort = ["A", "AAAA", "MX"]
    if version >= PrometheusVersion(2, 49) { needingPort.append("NS") }
    if type.uppercased() == "SRV" { return nil }
    guard needingPort.contains(type.uppercased()) else {
      return invalid(
        "type", "'\(type)' is not a DNS record type DNS discovery queries",
        help: "use one of: SRV, \(needingPort.joined(separator: ", "))",
        prometheus: "invalid DNS-SD records type \(type)")
    }
    guard value("port").isEmpty || value("port") == "0" else { return nil }
    return missing(
      "port", prometheus: "a port is required in DNS-SD configs for all record types except SRV",
      help: "add 'port: <port>'; only SRV records carry their own port")
  }

  func dockerSwarm() -> DiscoveryFailure? {
    if let failure = required("host", prometheus: "host missing", example: "unix:///var/run/docker.sock") {
      return failure
    }
    let role = value("role")
    let roles = ["tasks", "services", "nodes"]
    if role.isEmpty {
      return missing(
        "role", prometheus: "role missing (one of: tasks, services, nodes)", help: "add 'role: <tasks|services|nodes>'")
    }
    guard !roles.contains(role) else { return nil }
    return invalid(
      "role", "'\(role)' is not a role of dockerswarm discovery", help: Self.nearestHelp(role, in: roles),
      prometheus: "invalid role \(role), expected tasks, services, or nodes")
  }

  func filtersHaveValues() -> DiscoveryFailure? {
    guard let list = nodes.valueNode("filters"), document[list].kind == .sequence else { return nil }
    for item in document.items(list) {
      let filter = document.resolve(item)
      guard document[filter].kind == .mapping else { continue }
      let values = document.pairView(filter).first { document[document.resolve($0.key)].value == "values" }
      let count = values.map {
        document[document.resolve($0.value)].kind == .sequence ? document.items($0.value).count : 0
      }
      guard (count ?? 0) == 0 else { continue }
      return invalid(
        "filters", "an EC2 filter has no values", help: "list the values to match under 'values', or remove the filter",
        prometheus: "EC2 SD configuration filter values cannot be empty",
        at: values.map { document.resolve($0.value) } ?? filter)
    }
    return nil
  }

  func files() -> DiscoveryFailure? {
    let files = items("files")
    if files.isEmpty {
      return missing(
        "files", prometheus: "file service discovery config must contain at least one path name",
        help: "add 'files: [targets/*.json]'")
    }
    for file in files where !Self.isFileSDPattern(file.text) {
      return invalid(
        "files", "'\(file.text)' is not a path file discovery reads",
        help: "name .json, .yml or .yaml files; a '*' may appear only in the last path element",
        prometheus: "path name \"\(file.text)\" is not valid for file discovery", at: file.node)
    }
    return nil
  }

  /// `^[^*]*(\*[^/]*)?\.(json|yml|yaml|JSON|YML|YAML)$`: one optional `*`, in the last path element.
  static func isFileSDPattern(_ path: String) -> Bool {
    let extensions = [".json", ".yml", ".yaml", ".JSON", ".YML", ".YAML"]
    guard let ext = extensions.first(where: { path.hasSuffix($0) }) else { return false }
    let stem = path.dropLast(ext.count)
    guard let star = stem.firstIndex(of: "*") else { return true }
    return !stem[star...].contains("/") && !stem[stem.index(after: star)...].contains("*")
  }

  func kuma() -> DiscoveryFailure? {
    let server = value("server")
    let url = GoURL(parsing: server)
    guard server.isEmpty || url == nil || url!.scheme.isEmpty || url!.host.isEmpty else { return nil }
    let prometheus =
      server.isEmpty
      ? "kuma SD server must not be empty: " : "kuma SD server must not be empty and have a scheme: \(server)"
    if server.isEmpty {
      return missing("server", prometheus: prometheus, help: "add 'server: http://kuma-control-plane:5676'")
    }
    return invalid(
      "server", "the server '\(server)' is not a URL with a scheme and a host",
      help: "write a URL such as http://kuma-control-plane:5676", prometheus: prometheus)
  }

  func marathon() -> DiscoveryFailure? {
    if items("servers").isEmpty {
      return missing(
        "servers", prometheus: "marathon_sd: must contain at least one Marathon server",
        help: "add 'servers: [http://marathon:8080]'")
    }
    let (token, file) = (isSet("auth_token"), isSet("auth_token_file"))
    if token && file {
      return conflict(
        "auth_token_file", with: "auth_token",
        prometheus: "marathon_sd: at most one of auth_token & auth_token_file must be configured")
    }
    guard token || file else { return nil }
    let mine = token ? "auth_token" : "auth_token_file"
    if isPresent("basic_auth") {
      return conflict(
        "basic_auth", with: mine,
        prometheus: "marathon_sd: at most one of basic_auth, auth_token & auth_token_file must be configured")
    }
    if isSet("bearer_token") || isSet("bearer_token_file") {
      return conflict(
        isSet("bearer_token") ? "bearer_token" : "bearer_token_file", with: mine,
        prometheus:
          "marathon_sd: at most one of bearer_token, bearer_token_file, auth_token & auth_token_file must be configured"
      )
    }
    guard isPresent("authorization") else { return nil }
    return conflict(
      "authorization", with: mine,
      prometheus: "marathon_sd: at most one of auth_token, auth_token_file & authorization must be configured")
  }

  func zookeeper() -> DiscoveryFailure? {
    let name = mechanism.rawValue
    if items("servers").isEmpty {
      return missing(
        "servers", prometheus: "\(name) SD config must contain at least one Zookeeper server",
        help: "add 'servers: [zookeeper:2181]'")
    }
    let paths = items("paths")
    if paths.isEmpty {
      return missing(
        "paths", prometheus: "\(name) SD config must contain at least one path", help: "add 'paths: [/monitoring]'")
    }
    guard let path = paths.first(where: { !$0.text.hasPrefix("/") }) else { return nil }
    return invalid(
      "paths", "the Zookeeper path '\(path.text)' does not begin with '/'", help: "write '/\(path.text)'",
      prometheus: "\(name) SD config paths must begin with '/': \(path.text)", at: path.node)
  }

  func oci() -> DiscoveryFailure? {
    if value("region").isEmpty {
      return missing("region", prometheus: "oci_sd: region is required", help: "add 'region: us-ashburn-1'")
    }
    let auth = value("auth", default: "api_key")
    let keyFields = ["tenancy", "user", "fingerprint", "key_file"]
    switch auth {
    case "api_key":
      if let key = keyFields.first(where: { value($0).isEmpty }) {
        return missing(key, prometheus: "oci_sd: api_key auth requires \(key)", help: "add '\(key)' for api_key auth")
      }
      if isSet("key_passphrase") && isSet("key_passphrase_file") {
        return conflict(
          "key_passphrase_file", with: "key_passphrase",
          prometheus: "oci_sd: at most one of key_passphrase and key_passphrase_file must be configured")
      }
    case "instance_principal":
      if let key = (keyFields + ["key_passphrase", "key_passphrase_file"]).first(where: isSet) {
        return conflict(
          key, with: "auth: instance_principal",
          prometheus:
            "oci_sd: instance_principal auth must not have tenancy, user, fingerprint, key_file, key_passphrase, "
            + "or key_passphrase_file set")
      }
    default:
      return invalid(
        "auth", "'\(auth)' is not an OCI authentication method",
        help: Self.nearestHelp(auth, in: ["api_key", "instance_principal"]),
        prometheus: "oci_sd: unknown auth method \"\(auth)\", expected \"api_key\" or \"instance_principal\"")
    }
    return nil
  }

  func openstack() -> DiscoveryFailure? {
    let availability = value("availability", default: "public")
    let availabilities = ["public", "internal", "admin"]
    if !availabilities.contains(availability) {
      return invalid(
        "availability", "'\(availability)' is not an OpenStack endpoint availability",
        help: Self.nearestHelp(availability, in: availabilities),
        prometheus: "unknown availability \(availability), must be one of admin, internal or public")
    }
    var roles = ["instance", "hypervisor"]
    if version >= PrometheusVersion(3, 2) { roles.append("loadbalancer") }
    if let failure = role(roles, unknown: "OpenStack SD role") { return failure }
    return required("region", prometheus: "openstack SD configuration requires a region", example: "RegionOne")
  }

  func outscale() -> DiscoveryFailure? {
    required("region", prometheus: "outscale SD configuration requires a region", example: "eu-west-2")
      ?? required("access_key", prometheus: "outscale SD configuration requires access_key", example: "<access key>")
      ?? secretKey()
  }

  func ovhcloud() -> DiscoveryFailure? {
    let required: [(String, String)] = [
      ("endpoint", "endpoint"), ("application_key", "application key"), ("application_secret", "application secret"),
      ("consumer_key", "consumer key"),
    ]
    for (key, words) in required where value(key).isEmpty {
      return missing(key, prometheus: "\(words) can not be empty", help: "add '\(key)' to the entry")
    }
    let service = value("service")
    let services = ["vps", "dedicated_server"]
    guard !services.contains(service) else { return nil }
    return invalid(
      "service", "'\(service)' is not an OVHcloud service discovery knows",
      help: Self.nearestHelp(service, in: services), prometheus: "unknown service: \(service)")
  }

  func scaleway() -> DiscoveryFailure? {
    role(["instance", "baremetal"], unknown: "role")
      ?? required("project_id", prometheus: "project_id is mandatory", example: "<project id>")
      ?? secretKey()
      ?? required("access_key", prometheus: "access_key is mandatory", example: "<access key>")
  }

  func stackit() -> DiscoveryFailure? {
    let endpoint = value("endpoint")
    if endpoint.isEmpty && value("region", default: "eu01").isEmpty {
      return missing(
        "region", prometheus: "stackit_sd: endpoint and region missing", help: "add 'region: eu01' or an 'endpoint'")
    }
    guard GoURL(parsing: endpoint) == nil else { return nil }
    return invalid(
      "endpoint", "the endpoint '\(endpoint)' is not a URL",
      help: "write a URL such as https://iaas.api.eu01.stackit.cloud",
      prometheus: "stackit_sd: invalid endpoint \"\(endpoint)\": parse \"\(endpoint)\": missing protocol scheme")
  }

  func triton() -> DiscoveryFailure? {
    let role = value("role", default: "container")
    if role != "container" && role != "cn" {
      return invalid(
        "role", "'\(role)' is not a role of triton discovery", help: Self.nearestHelp(role, in: ["container", "cn"]),
        prometheus: "triton SD configuration requires role to be 'container' or 'cn'")
    }
    let prefix = "triton SD configuration requires "
    return required("account", prometheus: prefix + "an account", example: "<account>")
      ?? required("dns_suffix", prometheus: prefix + "a dns_suffix", example: "<dns suffix>")
      ?? required("endpoint", prometheus: prefix + "an endpoint", example: "<endpoint>")
  }

  func uyuni() -> DiscoveryFailure? {
    let prefix = "Uyuni SD configuration requires "
    return required("server", prometheus: prefix + "server host", example: "https://uyuni.example.com")
      ?? required("username", prometheus: prefix + "a username", example: "<user>")
      ?? required("password", prometheus: prefix + "a password", example: "<password>")
  }
}
