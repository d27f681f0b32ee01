/// Checks Prometheus runs on decoded scrape configs beyond types: the HTTP client's exclusive keys,
/// scrape protocols, metric-name schemes and static target addresses.
extension DecodingSession {
  // MARK: Presence

  /// True when `key` is written with a non-null, non-empty value (how Go sees a field as configured).
  func isSet(_ key: String, in nodes: MappingNodes?) -> Bool {
    guard let value = nodes?.valueNode(key) else { return false }
    let node = document[value]
    if node.isNull { return false }
    return node.kind != .scalar || !node.value.isEmpty
  }

  /// True when the block `key` is written and not null (a non-nil pointer in Go).
  func isPresent(_ key: String, in nodes: MappingNodes) -> Bool {
    guard let value = nodes.valueNode(key) else { return false }
    return !document[value].isNull
  }

  /// True when `key` is written as a YAML true.
  func isTrue(_ key: String, in nodes: MappingNodes) -> Bool {
    guard let value = nodes.valueNode(key) else { return false }
    return (try? YAMLScalar.resolve(document[value])) == .bool(true)
  }

  // MARK: HTTP client

  /// prometheus/common's `HTTPClientConfig.Validate`, in its order; the first failure is reported.
  mutating func checkHTTPClient(_ nodes: MappingNodes, blocks: HTTPClientBlocks) {
    let bearer = isSet("bearer_token", in: nodes)
    let bearerFile = isSet("bearer_token_file", in: nodes)
    let basic = isPresent("basic_auth", in: nodes)
    let oauth = isPresent("oauth2", in: nodes)
    let authorization = isPresent("authorization", in: nodes)
    let failure: (message: String, key: String, in: MappingNodes?)?
    if bearer && bearerFile {
      failure = ("at most one of bearer_token & bearer_token_file must be configured", "bearer_token_file", nodes)
    } else if (basic || oauth) && (bearer || bearerFile) {
      failure = (
        "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured",
        bearer ? "bearer_token" : "bearer_token_file", nodes
      )
    } else if isSet("password", in: blocks.basicAuth) && isSet("password_file", in: blocks.basicAuth) {
      failure = (
        "at most one of basic_auth password & password_file must be configured", "password_file", blocks.basicAuth
      )
    } else if authorization && (bearer || bearerFile) {
      failure = ("authorization is not compatible with bearer_token & bearer_token_file", "authorization", nodes)
    } else if isSet("credentials", in: blocks.authorization) && isSet("credentials_file", in: blocks.authorization) {
      failure = (
        "at most one of authorization credentials & credentials_file must be configured", "credentials_file",
        blocks.authorization
      )
    } else if authorization, let type = blocks.authorization?.valueNode("type"),
      document[type].value.trimmingSpaces.lowercased() == "basic"
    {
      failure = (
        "authorization type cannot be set to \"basic\", use \"basic_auth\" instead", "type", blocks.authorization
      )
    } else if [basic, oauth, authorization].filter({ $0 }).count > 1 {
      failure = (
        "at most one of basic_auth, oauth2 & authorization must be configured", oauth ? "oauth2" : "authorization",
        nodes
      )
    } else if oauth, let missing = missingOAuth2Key(blocks.oauth2) {
      let message =
        missing.count > 1
        ? "either oauth2 client_secret or client_secret_file must be configured"
        : "oauth2 \(missing[0]) must be configured"
      guard let place = place(of: missing[0], in: blocks.oauth2 ?? .absent) else { return }
      report(
        SchemaRule.required, "The oauth2 block has no \(missing.joined(separator: " or ")).", at: place,
        help: "Add '\(missing[0])' to the oauth2 block.", notes: [Self.prometheusSays(message)])
      return
    } else if isSet("client_secret", in: blocks.oauth2) && isSet("client_secret_file", in: blocks.oauth2) {
      failure = (
        "at most one of oauth2 client_secret & client_secret_file must be configured", "client_secret_file",
        blocks.oauth2
      )
    } else if isSet("proxy_connect_header", in: nodes) && !isSet("proxy_url", in: nodes) {
      failure = (
        "if proxy_connect_header is configured proxy_url must also be configured", "proxy_connect_header", nodes
      )
    } else if isSet("no_proxy", in: nodes) && !isSet("proxy_url", in: nodes) {
      failure = ("if no_proxy is configured, proxy_url must also be configured", "no_proxy", nodes)
    } else if isTrue("proxy_from_environment", in: nodes) && isSet("proxy_url", in: nodes) {
      failure = ("if proxy_from_environment is configured, proxy_url must not be configured", "proxy_url", nodes)
    } else {
      failure = nil
    }
    guard let failure, let block = failure.in, let key = block.keyNode(failure.key) ?? block.node else { return }
    report(
      SchemaRule.conflictingKeys, "The HTTP client settings of this scrape config conflict: \(failure.message).",
      at: key, help: "Keep only one of the conflicting settings.", notes: [Self.prometheusSays(failure.message)])
  }

  /// The first required key (or pair of alternatives) an oauth2 block lacks: client_id, client_secret
  /// or client_secret_file (before 2.49), token_url.
  private func missingOAuth2Key(_ oauth2: MappingNodes?) -> [String]? {
    if !isSet("client_id", in: oauth2) { return ["client_id"] }
    if version < Self.optionalClientSecretSince, !isSet("client_secret", in: oauth2),
      !isSet("client_secret_file", in: oauth2)
    {
      return ["client_secret", "client_secret_file"]
    }
    if !isSet("token_url", in: oauth2) { return ["token_url"] }
    return nil
  }

  /// The first release whose prometheus/common lets an oauth2 block go without a client secret.
  static let optionalClientSecretSince = PrometheusVersion(2, 49)

  // MARK: Scrape protocols

  /// The protocols `version` knows, sorted as Prometheus lists them in its message.
  private func scrapeProtocols() -> [String] {
    var names = ["OpenMetricsText0.0.1", "OpenMetricsText1.0.0", "PrometheusProto", "PrometheusText0.0.4"]
    if version >= .v3_0 { names.append("PrometheusText1.0.0") }
    return names
  }

  /// Checks a `scrape_protocols` list as `validateAcceptScrapeProtocols` does.
  mutating func checkScrapeProtocols(_ entry: MappingNodes.Entry, context: String) {
    guard !document[entry.value].isNull, let list = stringList(entry) else { return }
    let known = scrapeProtocols()
    if list.values.isEmpty {
      report(
        SchemaRule.type, "'scrape_protocols' is an empty list.", at: entry.value,
        help: "Remove the key to use the default protocols, or list at least one.",
        notes: [Self.prometheusSays("scrape_protocols cannot be empty \(context)")])
      return
    }
    var seen: Set<String> = []
    for (name, node) in zip(list.values, list.nodes) {
      if !seen.insert(name.lowercased()).inserted {
        report(
          SchemaRule.type, "The scrape protocol '\(name)' is listed twice.", at: node,
          help: "Remove the repeated entry.",
          notes: [
            Self.prometheusSays(
              "duplicated protocol in scrape_protocols, got [\(list.values.joined(separator: " "))] \(context)")
          ])
        return
      }
      if !known.contains(name) {
        unknownProtocol(name, at: node, known: known, prometheus: "scrape_protocols: ", context: " \(context)")
        return
      }
    }
  }

  /// Checks `fallback_scrape_protocol`.
  mutating func checkFallbackProtocol(_ entry: MappingNodes.Entry, jobName: String) {
    guard let name = string(entry), !name.isEmpty else { return }
    let known = scrapeProtocols()
    guard !known.contains(name) else { return }
    unknownProtocol(
      name, at: entry.value, known: known,
      prometheus: "invalid fallback_scrape_protocol for scrape config with job name \"\(jobName)\": ", context: "")
  }

  private mutating func unknownProtocol(
    _ name: String, at node: YAMLNode.ID, known: [String], prometheus: String, context: String
  ) {
    let near = Suggestions.nearest(to: name, in: known, maxDistance: max(3, name.count / 3))
    let caseMatch = known.first { $0.lowercased() == name.lowercased() }
    let suggestion = caseMatch ?? near.first
    report(
      SchemaRule.type, "'\(name)' is not a scrape protocol Prometheus \(version) knows.", at: node,
      help: suggestion.map { "a protocol with a similar name exists: '\($0)' (names are case-sensitive)" }
        ?? "Use one of: \(known.joined(separator: ", ")).",
      notes: [
        Self.prometheusSays(
          "\(prometheus)unknown scrape protocol \(name), supported: [\(known.joined(separator: " "))]\(context)")
      ])
  }

  // MARK: Metric name schemes

  /// Checks a `metric_name_validation_scheme` value; returns it when valid ("" when unset).
  mutating func validationScheme(_ entry: MappingNodes.Entry) -> String? {
    guard let value = string(entry) else { return nil }
    guard ["", "legacy", "utf8"].contains(value) else {
      report(
        SchemaRule.type, "'\(value)' is not a metric name validation scheme.", at: entry.value,
        help: "Use 'utf8' or 'legacy'.", notes: [Self.prometheusSays("unrecognized ValidationScheme: \"\(value)\"")])
      return nil
    }
    return value
  }

  /// Checks a `metric_name_escaping_scheme` value; returns it when valid ("" when unset).
  mutating func escapingScheme(_ entry: MappingNodes.Entry, scope: String) -> String? {
    guard let value = string(entry) else { return nil }
    let known = ["allow-utf-8", "underscores", "dots", "values"]
    guard value.isEmpty || known.contains(value) else {
      report(
        SchemaRule.type, "'\(value)' is not a metric name escaping scheme.", at: entry.value,
        help: "Use one of: \(known.joined(separator: ", ")).",
        notes: [
          Self.prometheusSays(
            "unknown \(scope) name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', "
              + "or 'values', got \"\(value)\"")
        ])
      return nil
    }
    return value
  }

  // MARK: Static targets

  /// Reports static targets that look like URLs, which Prometheus refuses when the job has no relabel rules.
  mutating func checkStaticTargets(_ job: ScrapeConfig) {
    guard job.relabelConfigs.isEmpty, job.valueNode("relabel_configs").map({ document.items($0).isEmpty }) ?? true
    else { return }
    for group in job.staticConfigs {
      for (target, node) in zip(group.targets, group.targetNodes) where target.contains("/") {
        report(
          SchemaRule.type, "The target '\(target)' is a URL, but a static target must be host:port.", at: node,
          help: "Write only host:port; set 'scheme' and 'metrics_path' on the job instead.",
          notes: [Self.prometheusSays("\"\(target)\" is not a valid hostname")])
      }
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return self[first...last]
  }
}
