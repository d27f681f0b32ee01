/// The one table of every key sdgen knows in every block it models, with value kinds and the first
/// Prometheus release that accepts each key (`reference/prometheus.md` §2–§6).
package enum Schema {
  /// The keys of `block`, in the order Prometheus documents them.
  package static func keys(of block: SchemaBlock) -> [SchemaKey] {
    table(block).keys
  }

  /// The key `name` of `block`, whatever the version; nil when the block has no such key.
  package static func key(_ name: String, in block: SchemaBlock) -> SchemaKey? {
    let table = table(block)
    guard let index = table.position(of: name) else { return nil }
    return table.keys[index]
  }

  /// The names of the keys `block` accepts in `version`.
  package static func names(of block: SchemaBlock, in version: PrometheusVersion) -> [String] {
    keys(of: block).filter { $0.isAvailable(in: version) }.map(\.name)
  }

  /// Every `<name>_sd_configs` key a scrape config accepts, with the release that added it.
  package static let serviceDiscoveryKeys: [SchemaKey] = DiscoveryMechanism.allCases.map {
    SchemaKey($0.key, .blockList($0.block), since: $0.since)
  }

  /// A block's keys with a name index built once; a class, so handing a table out costs one retain.
  final class Table: Sendable {
    let keys: [SchemaKey]
    /// Key positions grouped by the UTF-8 length of the name: a lookup compares only the few names of
    /// the right length, which is cheaper than hashing the name.
    private let positionsByLength: [[Int]]

    init(_ keys: [SchemaKey]) {
      self.keys = keys
      var positions = Array(repeating: [Int](), count: (keys.map(\.name.utf8.count).max() ?? 0) + 1)
      for (position, key) in keys.enumerated() { positions[key.name.utf8.count].append(position) }
      positionsByLength = positions
    }

    /// The position of the first key named `name`.
    func position(of name: String) -> Int? {
      let length = name.utf8.count
      guard length < positionsByLength.count else { return nil }
      return positionsByLength[length].first { keys[$0].name == name }
    }
  }

  private static func v(_ major: Int, _ minor: Int) -> PrometheusVersion { PrometheusVersion(major, minor) }

  /// The limits a scrape config has, which `global` also takes from 2.45.
  private static func limitKeys(since: PrometheusVersion?) -> [SchemaKey] {
    [SchemaKey("body_size_limit", .size, since: since)]
      + ["sample_limit", "target_limit", "label_limit", "label_name_length_limit", "label_value_length_limit"]
      .map { SchemaKey($0, .uint, since: since) }
  }

  private static let topKeys: [SchemaKey] = [
    SchemaKey("global", .block(.global)),
    SchemaKey("runtime", .opaque, since: v(2, 53)),
    SchemaKey("alerting", .opaque),
    SchemaKey("rule_files", .stringList),
    SchemaKey("scrape_config_files", .stringList, since: v(2, 43)),
    SchemaKey("scrape_configs", .blockList(.scrapeConfig)),
    SchemaKey("storage", .block(.storage)),
    SchemaKey("tracing", .opaque),
    SchemaKey("remote_write", .opaque),
    SchemaKey("remote_read", .opaque),
    SchemaKey("otlp", .opaque, since: v(2, 55)),
  ]

  private static let globalKeys: [SchemaKey] =
    [
      SchemaKey("scrape_interval", .duration),
      SchemaKey("scrape_timeout", .duration),
      SchemaKey("evaluation_interval", .duration),
      SchemaKey("query_log_file", .string),
      SchemaKey("external_labels", .labelMap),
      SchemaKey("rule_query_offset", .duration, since: v(2, 53)),
      SchemaKey("scrape_failure_log_file", .string, since: v(2, 55)),
    ] + limitKeys(since: v(2, 45)) + [
      SchemaKey("keep_dropped_targets", .uint, since: v(2, 47)),
      SchemaKey("scrape_protocols", .stringList, since: v(2, 49)),
      SchemaKey("metric_name_validation_scheme", .string, since: v(2, 55)),
      SchemaKey("metric_name_escaping_scheme", .string, since: v(3, 4)),
      SchemaKey("scrape_native_histograms", .bool, since: v(3, 8)),
      SchemaKey("always_scrape_classic_histograms", .bool, since: v(3, 0)),
      SchemaKey("convert_classic_histograms_to_nhcb", .bool, since: v(3, 0)),
      SchemaKey("extra_scrape_metrics", .bool, since: v(3, 10)),
    ]

  static let httpClientKeys: [SchemaKey] = [
    SchemaKey("basic_auth", .block(.basicAuth)),
    SchemaKey("authorization", .block(.authorization)),
    SchemaKey("oauth2", .block(.oauth2)),
    SchemaKey("bearer_token", .string),
    SchemaKey("bearer_token_file", .string),
    SchemaKey("tls_config", .block(.tlsConfig)),
    SchemaKey("proxy_url", .string),
    SchemaKey("no_proxy", .string, since: v(2, 43)),
    SchemaKey("proxy_from_environment", .bool, since: v(2, 43)),
    SchemaKey("proxy_connect_header", .opaque),
    SchemaKey("follow_redirects", .bool, nullEffect: "false instead of the default true"),
    SchemaKey("enable_http2", .bool, nullEffect: "false instead of the default true"),
    SchemaKey("http_headers", .opaque, since: v(2, 53)),
  ]

  private static let scrapeKeys: [SchemaKey] =
    [
      SchemaKey("job_name", .string),
      SchemaKey("honor_labels", .bool),
      SchemaKey("honor_timestamps", .bool, nullEffect: "false instead of the default true"),
      SchemaKey("track_timestamps_staleness", .bool, since: v(2, 48)),
      SchemaKey("params", .stringListMap),
      SchemaKey("scrape_interval", .duration),
      SchemaKey("scrape_timeout", .duration),
      SchemaKey("scrape_protocols", .stringList, since: v(2, 49)),
      SchemaKey("fallback_scrape_protocol", .string, since: v(3, 0)),
      SchemaKey("scrape_native_histograms", .bool, since: v(3, 8)),
      SchemaKey("always_scrape_classic_histograms", .bool, since: v(3, 0)),
      SchemaKey("convert_classic_histograms_to_nhcb", .bool, since: v(3, 0)),
      SchemaKey("scrape_classic_histograms", .bool, since: v(2, 45), removedIn: v(3, 0)),
      SchemaKey("scrape_failure_log_file", .string, since: v(2, 55)),
      SchemaKey("metrics_path", .string, nullEffect: "an empty path instead of the default /metrics"),
      SchemaKey("scheme", .string, nullEffect: "an empty scheme instead of the default http"),
      SchemaKey("enable_compression", .bool, since: v(2, 49), nullEffect: "false instead of the default true"),
    ] + limitKeys(since: nil) + [
      SchemaKey("native_histogram_bucket_limit", .uint, since: v(2, 45)),
      SchemaKey("native_histogram_min_bucket_factor", .float, since: v(2, 50)),
      SchemaKey("keep_dropped_targets", .uint, since: v(2, 47)),
      SchemaKey("metric_name_validation_scheme", .string, since: v(2, 55)),
      SchemaKey("metric_name_escaping_scheme", .string, since: v(3, 4)),
      SchemaKey("extra_scrape_metrics", .bool, since: v(3, 10)),
    ] + httpClientKeys + serviceDiscoveryKeys + [
      SchemaKey("static_configs", .blockList(.staticConfig)),
      SchemaKey("relabel_configs", .blockList(.relabelConfig)),
      SchemaKey("metric_relabel_configs", .blockList(.relabelConfig)),
    ]

  private static let gceKeys: [SchemaKey] = [
    SchemaKey("project", .string),
    SchemaKey("zone", .string),
    SchemaKey("filter", .string),
    SchemaKey("refresh_interval", .duration, nullEffect: "0 instead of the default 60s"),
    SchemaKey("port", .int, nullEffect: "port 0 instead of the default 80"),
    SchemaKey("tag_separator", .string, nullEffect: "an empty separator instead of the default ','"),
  ]

  private static let relabelKeys: [SchemaKey] = [
    SchemaKey("source_labels", .stringList),
    SchemaKey("separator", .string, nullEffect: "an empty separator instead of the default ';'"),
    SchemaKey("regex", .string, nullEffect: "a regex that matches only the empty string, not the default (.*)"),
    SchemaKey("modulus", .uint64),
    SchemaKey("target_label", .string),
    SchemaKey("replacement", .string, nullEffect: "an empty replacement (deleting the target label), not $1"),
    SchemaKey("action", .string),
  ]

  private static let staticKeys: [SchemaKey] = [
    SchemaKey("targets", .stringList),
    SchemaKey("labels", .labelMap),
  ]

  private static let basicAuthKeys: [SchemaKey] = [
    SchemaKey("username", .string),
    SchemaKey("username_file", .string, since: v(2, 49)),
    SchemaKey("username_ref", .string, since: v(2, 53)),
    SchemaKey("password", .string),
    SchemaKey("password_file", .string),
    SchemaKey("password_ref", .string, since: v(2, 53)),
  ]

  private static let authorizationKeys: [SchemaKey] = [
    SchemaKey("type", .string),
    SchemaKey("credentials", .string),
    SchemaKey("credentials_file", .string),
    SchemaKey("credentials_ref", .string, since: v(2, 53)),
  ]

  private static let oauth2Keys: [SchemaKey] = [
    SchemaKey("client_id", .string),
    SchemaKey("client_secret", .string),
    SchemaKey("client_secret_file", .string),
    SchemaKey("client_secret_ref", .string, since: v(2, 53)),
    SchemaKey("scopes", .stringList),
    SchemaKey("token_url", .string),
    SchemaKey("endpoint_params", .stringMap),
    SchemaKey("tls_config", .block(.tlsConfig)),
    SchemaKey("proxy_url", .string),
    SchemaKey("no_proxy", .string, since: v(2, 43)),
    SchemaKey("proxy_from_environment", .bool, since: v(2, 43)),
    SchemaKey("proxy_connect_header", .opaque, since: v(2, 43)),
    SchemaKey("client_certificate_key_id", .string, since: v(3, 8)),
    SchemaKey("client_certificate_key", .string, since: v(3, 8)),
    SchemaKey("client_certificate_key_file", .string, since: v(3, 8)),
    SchemaKey("client_certificate_key_ref", .string, since: v(3, 8)),
    SchemaKey("grant_type", .string, since: v(3, 8)),
    SchemaKey("signature_algorithm", .string, since: v(3, 8)),
    SchemaKey("iss", .string, since: v(3, 8)),
    SchemaKey("audience", .string, since: v(3, 8)),
    SchemaKey("claims", .opaque, since: v(3, 8)),
  ]

  private static let tlsKeys: [SchemaKey] = [
    SchemaKey("ca", .string, since: v(2, 45)),
    SchemaKey("ca_file", .string),
    SchemaKey("ca_ref", .string, since: v(2, 53)),
    SchemaKey("cert", .string, since: v(2, 45)),
    SchemaKey("cert_file", .string),
    SchemaKey("cert_ref", .string, since: v(2, 53)),
    SchemaKey("key", .string, since: v(2, 45)),
    SchemaKey("key_file", .string),
    SchemaKey("key_ref", .string, since: v(2, 53)),
    SchemaKey("server_name", .string),
    SchemaKey("insecure_skip_verify", .bool),
    SchemaKey("min_version", .tlsVersion),
    SchemaKey("max_version", .tlsVersion),
  ]

  private static let storageKeys: [SchemaKey] = [
    SchemaKey("tsdb", .block(.tsdb)),
    SchemaKey("exemplars", .block(.exemplars)),
  ]

  private static let tsdbKeys: [SchemaKey] = [
    SchemaKey("out_of_order_time_window", .duration),
    SchemaKey("retention", .block(.tsdbRetention), since: v(3, 8)),
    SchemaKey("stale_series_compaction_threshold", .float, since: v(3, 10)),
    SchemaKey("chunk_encoding", .block(.chunkEncoding), since: v(3, 13)),
  ]

  private static let retentionKeys: [SchemaKey] = [
    SchemaKey("time", .duration),
    SchemaKey("size", .size),
    SchemaKey("percentage", .float),
  ]

  private static let topTable = Table(topKeys)
  private static let globalTable = Table(globalKeys)
  private static let scrapeTable = Table(scrapeKeys)
  private static let gceTable = Table(gceKeys)
  private static let relabelTable = Table(relabelKeys)
  private static let staticTable = Table(staticKeys)
  private static let basicAuthTable = Table(basicAuthKeys)
  private static let authorizationTable = Table(authorizationKeys)
  private static let oauth2Table = Table(oauth2Keys)
  private static let tlsTable = Table(tlsKeys)
  private static let storageTable = Table(storageKeys)
  private static let tsdbTable = Table(tsdbKeys)
  private static let retentionTable = Table(retentionKeys)
  private static let chunkEncodingTable = Table([SchemaKey("floats", .string)])
  private static let exemplarsTable = Table([SchemaKey("max_exemplars", .int)])

  /// The keys of `block` with their name index.
  static func table(_ block: SchemaBlock) -> Table {
    switch block {
    case .top: topTable
    case .global: globalTable
    case .scrapeConfig: scrapeTable
    case .gceSDConfig: gceTable
    case .relabelConfig: relabelTable
    case .staticConfig: staticTable
    case .basicAuth: basicAuthTable
    case .authorization: authorizationTable
    case .oauth2: oauth2Table
    case .tlsConfig: tlsTable
    case .storage: storageTable
    case .tsdb: tsdbTable
    case .tsdbRetention: retentionTable
    case .chunkEncoding: chunkEncodingTable
    case .exemplars: exemplarsTable
    case .discovery(let mechanism): DiscoverySchema.table(mechanism)
    case .discoveryPart(let part): DiscoverySchema.table(part)
    }
  }
}
