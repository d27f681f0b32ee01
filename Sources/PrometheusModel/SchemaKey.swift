/// One key of a block as the schema knows it: name, value kind, and the versions that have it.
package struct SchemaKey: Hashable, Sendable {
  /// The key as written in YAML.
  package let name: String
  /// What its value must look like.
  package let kind: ValueKind
  /// The first Prometheus release that accepts the key; nil when 2.42 already has it.
  package let since: PrometheusVersion?
  /// The first release that no longer accepts it; nil while it is still accepted.
  package let removedIn: PrometheusVersion?
  /// For keys whose null value differs from the default: what null silently turns the value into.
  package let nullEffect: String?

  /// Creates a schema key.
  package init(
    _ name: String, _ kind: ValueKind, since: PrometheusVersion? = nil, removedIn: PrometheusVersion? = nil,
    nullEffect: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.since = since
    self.removedIn = removedIn
    self.nullEffect = nullEffect
  }

  /// True when Prometheus `version` accepts the key.
  package func isAvailable(in version: PrometheusVersion) -> Bool {
    if let since, version < since { return false }
    if let removedIn, version >= removedIn { return false }
    return true
  }
}
