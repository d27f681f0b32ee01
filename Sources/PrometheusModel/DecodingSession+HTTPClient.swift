import SDCore
/// prometheus/common's `HTTPClientConfig.Validate` on a scrape config's inlined HTTP client settings:
/// keys that exclude each other and keys an oauth2 block needs, in Go's order (the first failure wins).
extension DecodingSession {
  /// A failed check: Prometheus's message and the key to point at.
  private struct HTTPClientFailure {
    let message: String
    /// The key to point at; for a missing key, the alternatives joined by `|`.
    let key: String
    let block: MappingNodes?
    /// True when a required key is missing rather than two keys conflicting.
    var isMissing = false
  }

  /// The first release whose prometheus/common (v0.47) lets an oauth2 block go without a client secret.
  static let optionalClientSecretSince = PrometheusVersion(2, 51)
  /// The first release whose prometheus/common (v0.54) has `*_ref` keys and the messages that count them.
  static let secretRefsSince = PrometheusVersion(2, 53)

  /// The scrape config keys the checks look at (the blocks among them included); a job that writes none
  /// of them passes every check.
  static let httpClientCheckedKeys: Set<String> = [
    "bearer_token", "bearer_token_file", "basic_auth", "oauth2", "authorization", "proxy_url",
    "proxy_from_environment", "proxy_connect_header", "no_proxy",
  ]

  /// Runs the checks and reports the first failure; `owner` names the block for messages.
  mutating func checkHTTPClient(_ nodes: MappingNodes, blocks: HTTPClientBlocks, owner: String = "this scrape config") {
    guard let failure = firstHTTPClientFailure(nodes, blocks: blocks), let block = failure.block else { return }
    if failure.isMissing {
      guard let place = place(of: failure.key, in: block) else { return }
      report(
        .schemaRequired, "the oauth2 block has no \(failure.key.replacing("|", with: " or "))",
        at: place, help: "add '\(failure.key.split(separator: "|")[0])' to the oauth2 block",
        notes: [Self.prometheusSays(failure.message)])
      return
    }
    guard let place = block.keyNode(failure.key) ?? block.node else { return }
    report(
      .schemaConflictingKeys, "the HTTP client settings of \(owner) conflict: \(failure.message)",
      at: place, help: "keep only one of the conflicting settings", notes: [Self.prometheusSays(failure.message)])
  }

  /// How many of `keys` are set in `block`.
  private func countSet(_ keys: [String], in block: MappingNodes?) -> Int {
    keys.filter { isSet($0, in: block) }.count
  }

  private func firstHTTPClientFailure(_ nodes: MappingNodes, blocks: HTTPClientBlocks) -> HTTPClientFailure? {
    let modern = version >= Self.secretRefsSince
    let bearer = isSet("bearer_token", in: nodes)
    let bearerFile = isSet("bearer_token_file", in: nodes)
    let basic = isPresent("basic_auth", in: nodes)
    let oauth = isPresent("oauth2", in: nodes)
    if bearer && bearerFile {
      return HTTPClientFailure(
        message: "at most one of bearer_token & bearer_token_file must be configured", key: "bearer_token_file",
        block: nodes)
    }
    if (basic || oauth) && (bearer || bearerFile) {
      return HTTPClientFailure(
        message: "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured",
        key: bearer ? "bearer_token" : "bearer_token_file", block: nodes)
    }
    if modern, countSet(["username", "username_file", "username_ref"], in: blocks.basicAuth) > 1 {
      return HTTPClientFailure(
        message: "at most one of basic_auth username, username_file & username_ref must be configured",
        key: isSet("username_file", in: blocks.basicAuth) ? "username_file" : "username_ref", block: blocks.basicAuth)
    }
    let passwords = modern ? ["password", "password_file", "password_ref"] : ["password", "password_file"]
    if countSet(passwords, in: blocks.basicAuth) > 1 {
      let message =
        modern
        ? "at most one of basic_auth password, password_file & password_ref must be configured"
        : "at most one of basic_auth password & password_file must be configured"
      return HTTPClientFailure(
        message: message, key: isSet("password_file", in: blocks.basicAuth) ? "password_file" : "password_ref",
        block: blocks.basicAuth)
    }
    if isPresent("authorization", in: nodes) {
      return authorizationFailure(nodes, blocks: blocks, bearer: bearer || bearerFile, modern: modern)
    }
    if oauth, let failure = oauth2Failure(blocks.oauth2, scrape: nodes, basic: basic, modern: modern) {
      return failure
    }
    return proxyFailure(nodes, modern: modern)
  }

  private func authorizationFailure(
    _ nodes: MappingNodes, blocks: HTTPClientBlocks, bearer: Bool, modern: Bool
  ) -> HTTPClientFailure? {
    let block = blocks.authorization
    if bearer {
      return HTTPClientFailure(
        message: "authorization is not compatible with bearer_token & bearer_token_file", key: "authorization",
        block: nodes)
    }
    let credentials =
      modern ? ["credentials", "credentials_file", "credentials_ref"] : ["credentials", "credentials_file"]
    if countSet(credentials, in: block) > 1 {
      return HTTPClientFailure(
        message: "at most one of authorization credentials & credentials_file must be configured",
        key: isSet("credentials_file", in: block) ? "credentials_file" : "credentials_ref", block: block)
    }
    if let type = block?.valueNode("type"), document[type].value.trimmingSpaces.lowercased() == "basic" {
      return HTTPClientFailure(
        message: "authorization type cannot be set to \"basic\", use \"basic_auth\" instead", key: "type", block: block)
    }
    if isPresent("basic_auth", in: nodes) || isPresent("oauth2", in: nodes) {
      return HTTPClientFailure(
        message: "at most one of basic_auth, oauth2 & authorization must be configured", key: "authorization",
        block: nodes)
    }
    return nil
  }

  private func oauth2Failure(
    _ block: MappingNodes?, scrape: MappingNodes, basic: Bool, modern: Bool
  ) -> HTTPClientFailure? {
    if basic {
      return HTTPClientFailure(
        message: "at most one of basic_auth, oauth2 & authorization must be configured", key: "oauth2", block: scrape)
    }
    if !isSet("client_id", in: block) {
      return HTTPClientFailure(
        message: "oauth2 client_id must be configured", key: "client_id", block: block, isMissing: true)
    }
    let secrets =
      modern ? ["client_secret", "client_secret_file", "client_secret_ref"] : ["client_secret", "client_secret_file"]
    if version < Self.optionalClientSecretSince, countSet(secrets, in: block) == 0 {
      return HTTPClientFailure(
        message: "either oauth2 client_secret or client_secret_file must be configured",
        key: "client_secret|client_secret_file", block: block, isMissing: true)
    }
    if !isSet("token_url", in: block) {
      return HTTPClientFailure(
        message: "oauth2 token_url must be configured", key: "token_url", block: block, isMissing: true)
    }
    if countSet(secrets, in: block) > 1 {
      let message =
        modern
        ? "at most one of oauth2 client_secret, client_secret_file & client_secret_ref must be configured using "
          + "grant-type=client_credentials"
        : "at most one of oauth2 client_secret & client_secret_file must be configured"
      return HTTPClientFailure(
        message: message, key: isSet("client_secret_file", in: block) ? "client_secret_file" : "client_secret_ref",
        block: block)
    }
    return nil
  }

  private func proxyFailure(_ nodes: MappingNodes, modern: Bool) -> HTTPClientFailure? {
    let proxyURL = isSet("proxy_url", in: nodes)
    let fromEnvironment = isTrue("proxy_from_environment", in: nodes)
    if isSet("proxy_connect_header", in: nodes) && !proxyURL && !fromEnvironment {
      let message =
        modern
        ? "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured"
        : "if proxy_connect_header is configured proxy_url must also be configured"
      return HTTPClientFailure(message: message, key: "proxy_connect_header", block: nodes)
    }
    if fromEnvironment && proxyURL {
      return HTTPClientFailure(
        message: "if proxy_from_environment is configured, proxy_url must not be configured", key: "proxy_url",
        block: nodes)
    }
    if fromEnvironment && isSet("no_proxy", in: nodes) {
      return HTTPClientFailure(
        message: "if proxy_from_environment is configured, no_proxy must not be configured", key: "no_proxy",
        block: nodes)
    }
    if isSet("no_proxy", in: nodes) && !proxyURL {
      return HTTPClientFailure(
        message: "if no_proxy is configured, proxy_url must also be configured", key: "no_proxy", block: nodes)
    }
    return nil
  }
}
