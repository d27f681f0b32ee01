import SDCore
import SDYAML

/// Checks Prometheus runs on decoded scrape configs beyond types: scrape protocols, metric-name
/// schemes and static target addresses (the HTTP client's are in `DecodingSession+HTTPClient`).
extension DecodingSession {
  // MARK: Presence

  /// True when `key` is written with a non-null, non-empty value (how Go sees a field as configured).
  func isSet(_ key: String, in nodes: MappingNodes?) -> Bool {
    guard let value = nodes?.valueNode(key) else { return false }
    if document.isNull(value) { return false }
    return document[value].kind != .scalar || !document[value].value.isEmpty
  }

  /// True when the block `key` is written and not null (a non-nil pointer in Go).
  func isPresent(_ key: String, in nodes: MappingNodes) -> Bool {
    guard let value = nodes.valueNode(key) else { return false }
    return !document.isNull(value)
  }

  /// True when `key` is written as a YAML true.
  func isTrue(_ key: String, in nodes: MappingNodes) -> Bool {
    guard let value = nodes.valueNode(key) else { return false }
    return (try? YAMLScalar.resolve(document[value])) == .bool(true)
  }

  // MARK: Scrape protocols

  /// The protocols `version` knows, sorted as Prometheus lists them in its message.
  private func scrapeProtocols() -> [String] {
    var names = ["OpenMetricsText0.0.1", "OpenMetricsText1.0.0", "PrometheusProto", "PrometheusText0.0.4"]
    if version >= .v3_0 { names.append("PrometheusText1.0.0") }
    return names
  }

  /// Checks a `scrape_protocols` list as `validateAcceptScrapeProtocols` does; returns the list as
  /// written, nil when null (Prometheus then uses its defaults) or not a list of strings.
  @discardableResult
  mutating func checkScrapeProtocols(_ entry: MappingNodes.Entry, context: String) -> [String]? {
    guard !document.isNull(entry.value), let values = stringList(entry) else { return nil }
    let known = scrapeProtocols()
    if values.isEmpty {
      report(
        .schemaType, "'scrape_protocols' is an empty list", at: entry.value,
        help: "remove the key to use the default protocols, or list at least one",
        notes: [Self.prometheusSays("scrape_protocols cannot be empty \(context)")])
      return values
    }
    var seen: Set<String> = []
    for (name, node) in zip(values, itemNodes(of: entry.value)) {
      if !seen.insert(name.lowercased()).inserted {
        report(
          .schemaType, "the scrape protocol '\(name)' is listed twice", at: node,
          help: "remove the repeated entry",
          notes: [
            Self.prometheusSays(
              "duplicated protocol in scrape_protocols, got [\(values.joined(separator: " "))] \(context)")
          ])
        return values
      }
      if !known.contains(name) {
        unknownProtocol(name, at: node, known: known, prometheus: "scrape_protocols: ", context: " \(context)")
        return values
      }
    }
    return values
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
      .schemaType, "'\(name)' is not a scrape protocol Prometheus \(version) knows", at: node,
      help: suggestion.map { "a protocol with a similar name exists: '\($0)' (names are case-sensitive)" }
        ?? "use one of: \(known.joined(separator: ", "))",
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
        .schemaType, "'\(value)' is not a metric name validation scheme", at: entry.value,
        help: "use 'utf8' or 'legacy'", notes: [Self.prometheusSays("unrecognized ValidationScheme: \"\(value)\"")])
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
        .schemaType, "'\(value)' is not a metric name escaping scheme", at: entry.value,
        help: "use one of: \(known.joined(separator: ", "))",
        notes: [
          Self.prometheusSays(
            "unknown \(scope) name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', "
              + "or 'values', got \"\(value)\"")
        ])
      return nil
    }
    return value
  }

  // MARK: Storage

  /// `storage.tsdb.retention`: a size of at least 0 and a percentage in [0, 100]; types are already checked.
  mutating func checkRetention(_ nodes: MappingNodes) {
    if let value = nodes.valueNode("size"), let size = try? ByteSize.parse(document[value].value), size.bytes < 0 {
      report(
        .schemaType, "'size' must be 0 or more, but the value is \(document[value].value)", at: value,
        help: "write a size such as 100GB, or 0 for no limit",
        notes: [
          Self.prometheusSays(
            "'storage.tsdb.retention.size' must be greater than or equal to 0, got \(size.bytes < 0 ? "-" : "")"
              + ByteSize(bytes: -size.bytes).description)
        ])
    }
    if let value = nodes.valueNode("percentage"),
      case let number? = Self.number(try? YAMLScalar.resolve(document[value])),
      number < 0 || number > 100
    {
      report(
        .schemaType, "'percentage' must be between 0 and 100, but the value is \(document[value].value)",
        at: value,
        help: "write a percentage of the disk from 0 to 100",
        notes: [
          Self.prometheusSays(
            "'storage.tsdb.retention.percentage' must be in the range [0, 100], got \(document[value].value)")
        ])
    }
  }

  /// The numeric value of a resolved scalar, if it is a number.
  private static func number(_ scalar: YAMLScalar?) -> Double? {
    switch scalar {
    case .int(let value)?: Double(value)
    case .uint(let value)?: Double(value)
    case .float(let value)?: value
    default: nil
    }
  }

  /// `storage.tsdb.chunk_encoding.floats` must be `xor`, `xor2` or empty.
  mutating func checkChunkEncoding(_ nodes: MappingNodes) {
    guard let value = nodes.valueNode("floats"), !document.isNull(value) else { return }
    let text = document[value].value
    guard !["", "xor", "xor2"].contains(text) else { return }
    report(
      .schemaType, "'floats' must be xor or xor2, but the value is `\(text)`", at: value,
      help: "write xor or xor2 (lower case), or remove the key",
      notes: [
        Self.prometheusSays(
          "'storage.tsdb.chunk_encoding.floats' must be 'xor' or 'xor2', or the field must be omitted entirely, "
            + "got \"\(text)\"")
      ])
  }

  // MARK: Static targets

  /// Reports static targets that look like URLs, which Prometheus refuses when the job has no relabel rules.
  mutating func checkStaticTargets(_ job: ScrapeConfig) {
    guard job.relabelConfigs.isEmpty, job.valueNode("relabel_configs").map({ document.itemView($0).isEmpty }) ?? true
    else { return }
    for group in job.staticConfigs {
      for (target, node) in zip(group.targets, group.targetNodes) where target.containsByte(UInt8(ascii: "/")) {
        report(
          .schemaType, "the target '\(target)' is a URL, but a static target must be host:port", at: node,
          help: "write only host:port; set 'scheme' and 'metrics_path' on the job instead",
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
