import SDCore
import SDYAML

/// Decoding the `<name>_sd_configs` lists other than GCE's: keys and types from the schema, then the
/// checks each mechanism's `UnmarshalYAML` runs, then its HTTP client checks.
extension DecodingSession {
  /// The nested blocks of the inlined HTTP client settings, kept for the cross-key checks.
  private static let httpClientBlockKeys: Set<String> = ["basic_auth", "authorization", "oauth2"]

  /// Decodes every entry of the list `entry` of `mechanism`.
  mutating func decodeDiscovery(_ entry: MappingNodes.Entry, _ mechanism: DiscoveryMechanism) {
    let block = SchemaBlock.discovery(mechanism)
    for item in blockItems(entry, of: block) {
      let before = diagnostics.count
      guard let nodes = mapping(item, block, key: entry.name) else { continue }
      var http = HTTPClientBlocks()
      for field in nodes.entries {
        if Self.httpClientBlockKeys.contains(field.name), case .block(let nested) = schemaKey(field, in: block).kind {
          _ = http.store(nestedBlock(field, nested), for: field.name)
        } else {
          check(field, in: block)
        }
      }
      // yaml.v2 stops at the first error, so the entry's own checks run only when it decoded cleanly.
      guard !diagnostics[before...].contains(where: { $0.severity == .error }) else { continue }
      let check = DiscoveryEntryCheck(document: document, version: version, mechanism: mechanism, nodes: nodes)
      if let failure = check.firstFailure() {
        report(failure, in: nodes)
      } else if check.validatesHTTPClient {
        checkHTTPClient(nodes, blocks: http, owner: "this \(mechanism.key) entry")
      }
    }
  }

  private mutating func report(_ failure: DiscoveryFailure, in nodes: MappingNodes) {
    let target =
      failure.node
      ?? failure.key.flatMap { key in failure.kind == .missing ? place(of: key, in: nodes) : nodes.valueNode(key) }
      ?? nodes.node
    guard let target else { return }
    report(
      failure.rule, failure.message, at: target, help: failure.help, notes: [Self.prometheusSays(failure.prometheus)])
  }
}
