import SDCore
import SDYAML

/// Kubernetes discovery's checks: role, API server versus kubeconfig, HTTP client settings and selectors.
extension DiscoveryEntryCheck {
  static let kubernetesRoles = ["pod", "service", "endpoints", "endpointslice", "node", "ingress"]

  /// The selector roles each discovery role accepts in `version`.
  func allowedSelectorRoles(for role: String) -> [String] {
    switch role {
    case "pod": version >= PrometheusVersion(3, 11) ? ["pod", "node"] : ["pod"]
    case "endpointslice": ["pod", "service", "endpointslice"]
    case "endpoints": ["pod", "service", "endpoints"]
    default: [role]
    }
  }

  /// The HTTP client keys that make a configuration differ from the default one (the booleans whose
  /// default is true count only when written false).
  private var customHTTPClientKey: String? {
    Schema.httpClientKeys.lazy.map(\.name).first { key in
      guard let node = nodes.valueNode(key), !document.isNull(node) else { return false }
      if key == "follow_redirects" || key == "enable_http2" { return document[node].value != "true" }
      return true
    }
  }

  func kubernetes() -> DiscoveryFailure? {
    let role = value("role")
    if role.isEmpty {
      return missing(
        "role", prometheus: "role missing (one of: pod, service, endpoints, endpointslice, node, ingress)",
        help: "add 'role: <pod|service|endpoints|endpointslice|node|ingress>'")
    }
    if !Self.kubernetesRoles.contains(role) {
      return invalid(
        "role", "'\(role)' is not a role of kubernetes discovery",
        help: Self.nearestHelp(role, in: Self.kubernetesRoles),
        prometheus: "unknown Kubernetes SD role \"\(role)\"")
    }
    return kubernetesConnection() ?? kubernetesSelectors(role: role)
  }

  /// api_server, kubeconfig_file, HTTP client settings and own_namespace, in Prometheus's order (its
  /// HTTP client checks run between the role and these; the caller runs them first).
  private func kubernetesConnection() -> DiscoveryFailure? {
    let apiServer = isSet("api_server")
    let kubeconfig = isSet("kubeconfig_file")
    let custom = customHTTPClientKey
    if apiServer && kubeconfig {
      return conflict(
        "api_server", with: "kubeconfig_file",
        prometheus: "cannot use 'kubeconfig_file' and 'api_server' simultaneously")
    }
    if kubeconfig, let custom {
      return conflict(
        custom, with: "kubeconfig_file",
        prometheus: "cannot use a custom HTTP client configuration together with 'kubeconfig_file'")
    }
    if !apiServer, let custom {
      return DiscoveryFailure(
        kind: .missing, message: "\(entryName) sets '\(custom)' but has no api_server to use it with",
        help: "add 'api_server: https://<host>:443', or remove '\(custom)'",
        prometheus: "to use custom HTTP client configuration please provide the 'api_server' URL explicitly",
        key: custom)
    }
    guard ownNamespace else { return nil }
    if apiServer || kubeconfig {
      let other = apiServer ? "api_server" : "kubeconfig_file"
      var failure = conflict(
        "namespaces", with: other,
        prometheus: "cannot use '\(other)' and 'namespaces.own_namespace' simultaneously")
      failure.node = ownNamespaceNode
      return failure
    }
    return nil
  }

  /// The `own_namespace` value node inside `namespaces`.
  private var ownNamespaceNode: YAMLNode.ID? {
    guard let block = nodes.valueNode("namespaces"), document[block].kind == .mapping else { return nil }
    return document.pairView(block).first { document[document.resolve($0.key)].value == "own_namespace" }
      .map { document.resolve($0.value) }
  }

  private var ownNamespace: Bool {
    guard let node = ownNamespaceNode else { return false }
    return (try? YAMLScalar.resolve(document[node])) == .bool(true)
  }

  private func kubernetesSelectors(role: String) -> DiscoveryFailure? {
    guard let list = nodes.valueNode("selectors"), document[list].kind == .sequence else { return nil }
    let allowed = allowedSelectorRoles(for: role)
    var seen: Set<String> = []
    for item in document.items(list) {
      let selector = document.resolve(item)
      guard document[selector].kind == .mapping else { continue }
      var fields: [String: YAMLNode.ID] = [:]
      for pair in document.pairView(selector) {
        fields[document[document.resolve(pair.key)].value] = document.resolve(pair.value)
      }
      let roleNode = fields["role"] ?? selector
      let selectorRole = fields["role"].map { document.isNull($0) ? "" : document[$0].value } ?? ""
      if !seen.insert(selectorRole).inserted {
        return invalid(
          "selectors", "a second selector for role '\(selectorRole)'",
          help: "merge the two selectors for '\(selectorRole)' into one",
          prometheus: "duplicated selector role: \(selectorRole)", at: roleNode)
      }
      if !allowed.contains(selectorRole) {
        return invalid(
          "selectors", "the \(role) role cannot use a selector for '\(selectorRole)'",
          help: "use a selector for \(allowed.joined(separator: " or ")) instead",
          prometheus: "\(role) role supports only \(allowed.joined(separator: ", ")) selectors", at: roleNode)
      }
      if let field = fields["field"], let term = Self.unreadableFieldSelectorTerm(document[field].value) {
        return invalid(
          "selectors", "'\(term)' is not a field selector term",
          help: "write each term as field=value, field==value or field!=value, separated by commas",
          prometheus: "invalid selector: '\(document[field].value)'; can't understand '\(term)'", at: field)
      }
    }
    return nil
  }

  /// The first comma-separated term of a field selector without `=`, `==` or `!=`; nil when all parse.
  static func unreadableFieldSelectorTerm(_ selector: String) -> String? {
    guard !selector.trimmingSpaces.isEmpty else { return nil }
    return selector.split(separator: ",", omittingEmptySubsequences: false).map(String.init).first {
      !$0.contains("=")
    }
  }
}
