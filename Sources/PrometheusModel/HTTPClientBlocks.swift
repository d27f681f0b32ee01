/// The nested authentication blocks of a scrape config's inlined HTTP client settings, kept while
/// decoding so the cross-key checks of prometheus/common can run without reading the mappings again.
struct HTTPClientBlocks {
  /// `basic_auth`, when present and not null.
  var basicAuth: MappingNodes?
  /// `authorization`, when present and not null.
  var authorization: MappingNodes?
  /// `oauth2`, when present and not null.
  var oauth2: MappingNodes?

  /// Stores the block decoded for `key`; false when `key` is not one of the three.
  mutating func store(_ nodes: MappingNodes?, for key: String) -> Bool {
    switch key {
    case "basic_auth": basicAuth = nodes
    case "authorization": authorization = nodes
    case "oauth2": oauth2 = nodes
    default: return false
    }
    return true
  }
}
