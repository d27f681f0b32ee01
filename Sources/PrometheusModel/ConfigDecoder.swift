import SDCore
import SDYAML

/// Decodes a prometheus.yml document the way Prometheus does (yaml.v2 strict mode, null is the zero
/// value, defaults and interval inheritance applied) and collects every problem as a positioned
/// diagnostic instead of stopping at the first.
package struct ConfigDecoder: Sendable {
  /// The Prometheus release whose schema and messages apply.
  package var version: PrometheusVersion
  /// Validates each relabel rule; nil leaves relabel rules unvalidated.
  package var relabelValidation: RelabelValidation?

  /// Creates a decoder for `version` (by default with Prometheus's relabel validation and a regex cache
  /// of its own).
  package init(
    version: PrometheusVersion = .newest,
    relabelValidation: RelabelValidation? = ConfigDecoder.prometheusRelabelValidation(regexes: RelabelRegexCache())
  ) {
    self.version = version
    self.relabelValidation = relabelValidation
  }

  /// Decodes the first document of a parsed file; the diagnostics are in source order.
  package func decode(_ document: YAMLDocument) -> (config: PrometheusConfig, diagnostics: [Diagnostic]) {
    var session = DecodingSession(document: document, version: version, relabelValidation: relabelValidation)
    let config = session.decodeConfig()
    return (config, Self.inSourceOrder(session.diagnostics))
  }

  /// Parses and decodes a file: YAML findings first, then (when the YAML could be read) the model's.
  package func decode(_ source: SourceText, parser: YAMLParser = YAMLParser())
    -> (config: PrometheusConfig, diagnostics: [Diagnostic])
  {
    let parsed = parser.parse(source)
    guard !parsed.failed else { return (PrometheusConfig(), parsed.diagnostics) }
    let (config, diagnostics) = decode(parsed.document)
    return (config, Self.inSourceOrder(parsed.diagnostics + diagnostics))
  }

  /// Sorts diagnostics and drops repeats, which arise when an aliased node is decoded at each use.
  package static func inSourceOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var result: [Diagnostic] = []
    result.reserveCapacity(diagnostics.count)
    for diagnostic in diagnostics.sorted(by: Diagnostic.sourceOrder) where result.last != diagnostic {
      result.append(diagnostic)
    }
    return result
  }
}

extension PrometheusConfig {
  /// Decodes `document` for Prometheus `version`; see `ConfigDecoder`.
  package static func decode(document: YAMLDocument, version: PrometheusVersion = .newest)
    -> (config: PrometheusConfig, diagnostics: [Diagnostic])
  {
    ConfigDecoder(version: version).decode(document)
  }
}

extension DecodingSession {
  mutating func decodeConfig() -> PrometheusConfig {
    var config = PrometheusConfig()
    guard let root = document.root else { return config }
    let rootNode = document[document.resolve(root)]
    if rootNode.isNull { return config }
    if let fragment = fragmentEntry(document.resolve(root)) {
      diagnostics.append(
        Diagnostic(
          rule: .schemaFragment, severity: .info,
          message: "this file is a bare list of scrape configs, so it is linted as the scrape_configs of a prometheus.yml",
          range: SourceRange(at: document[fragment.value].range.start),
          help: "this suits additionalScrapeConfigs or extraScrapeConfigs; a prometheus.yml needs the list under 'scrape_configs:'"))
      config.nodes = MappingNodes(node: nil, entries: [fragment])
      config.scrapeConfigs = decodeScrapeConfigs(fragment, global: config.global)
      return config
    }
    guard rootNode.kind == .mapping else {
      let found = rootNode.kind == .sequence ? "a list" : "a scalar"
      let shown = rootNode.kind == .scalar ? "!!str `\(rootNode.value)`" : "!!seq"
      report(
        .schemaTopLevel, "the document is \(found), but prometheus.yml must be a mapping of sections",
        at: document.resolve(root), help: "start the file with sections such as 'global:' and 'scrape_configs:'",
        notes: [Self.prometheusSays("cannot unmarshal \(shown) into config.plain")])
      return config
    }
    guard let nodes = mapping(root, .top, key: "the document") else { return config }
    config.nodes = nodes
    var scrapeConfigs: MappingNodes.Entry?
    for entry in nodes.entries {
      switch entry.name {
      case "global": config.global = decodeGlobal(entry)
      case "rule_files": config.ruleFiles = filePatterns(entry, kind: "rule file")
      case "scrape_config_files": config.scrapeConfigFiles = filePatterns(entry, kind: "scrape config file")
      case "scrape_configs": scrapeConfigs = entry
      default: check(entry, in: .top)
      }
    }
    if let scrapeConfigs {
      config.scrapeConfigs = decodeScrapeConfigs(scrapeConfigs, global: config.global)
    }
    return config
  }

  /// The entry under which a top-level list of mappings (Prometheus Operator's additional scrape configs,
  /// a pasted snippet) is decoded as `scrape_configs`; nil for any other document.
  private func fragmentEntry(_ root: YAMLNode.ID) -> MappingNodes.Entry? {
    guard document[root].kind == .sequence else { return nil }
    let items = document.items(root).map(document.resolve)
    guard items.contains(where: { document[$0].kind == .mapping }),
      items.allSatisfy({ document[$0].kind == .mapping || document.isNull($0) })
    else { return nil }
    return MappingNodes.Entry(name: "scrape_configs", key: root, value: root)
  }

  /// A list of file patterns; a `*` is allowed only in the last path element.
  private mutating func filePatterns(_ entry: MappingNodes.Entry, kind: String) -> [String] {
    guard let values = stringList(entry) else { return [] }
    for (pattern, node) in zip(values, itemNodes(of: entry.value)) where !Self.isValidFilePattern(pattern) {
      report(
        .schemaType, "the \(kind) pattern '\(pattern)' has a '*' before its last path element", at: node,
        help: "use a wildcard only in the file name, e.g. 'rules/*.yml'",
        notes: [Self.prometheusSays("invalid \(kind) path \"\(pattern)\"")])
    }
    return values
  }

  /// Prometheus's `^[^*]*(\*[^/]*)?$`.
  package static func isValidFilePattern(_ pattern: String) -> Bool {
    guard let star = pattern.firstIndex(of: "*") else { return true }
    return !pattern[star...].contains("/")
  }

  private mutating func decodeGlobal(_ entry: MappingNodes.Entry) -> GlobalConfig {
    guard let nodes = mapping(entry.value, .global, key: entry.name), !nodes.entries.isEmpty else {
      return GlobalConfig()
    }
    var global = GlobalConfig()
    global.nodes = nodes
    global.scrapeInterval = .zero
    global.scrapeTimeout = .zero
    global.evaluationInterval = .zero
    for entry in nodes.entries {
      switch entry.name {
      case "scrape_interval": global.scrapeInterval = duration(entry) ?? .zero
      case "scrape_timeout": global.scrapeTimeout = duration(entry) ?? .zero
      case "evaluation_interval": global.evaluationInterval = duration(entry) ?? .zero
      case "query_log_file": global.queryLogFile = string(entry) ?? ""
      case "external_labels": global.externalLabels = labelMap(entry) ?? []
      case "rule_query_offset": global.ruleQueryOffset = duration(entry) ?? .zero
      case "scrape_failure_log_file": global.scrapeFailureLogFile = string(entry) ?? ""
      case "scrape_protocols": global.scrapeProtocols = checkScrapeProtocols(entry, context: "for global config")
      case "metric_name_validation_scheme": globalSchemes.validation = validationScheme(entry) ?? ""
      case "metric_name_escaping_scheme":
        globalSchemes.escaping = escapingScheme(entry, scope: "global") ?? ""
        globalSchemes.escapingNode = entry.value
      default:
        if !decodeLimit(entry, into: &global.limits) { check(entry, in: .global) }
      }
    }
    let defaults = GlobalConfig()
    if global.scrapeInterval == .zero { global.scrapeInterval = defaults.scrapeInterval }
    if global.scrapeTimeout > global.scrapeInterval, let timeout = nodes.valueNode("scrape_timeout") {
      report(
        .schemaTimeoutAboveInterval,
        "the global scrape_timeout \(global.scrapeTimeout) is longer than the scrape_interval "
          + "\(global.scrapeInterval)",
        at: timeout, help: "lower scrape_timeout to at most \(global.scrapeInterval), or raise scrape_interval",
        notes: [Self.prometheusSays("global scrape timeout greater than scrape interval")])
    }
    if global.scrapeTimeout == .zero { global.scrapeTimeout = min(defaults.scrapeTimeout, global.scrapeInterval) }
    if global.evaluationInterval == .zero { global.evaluationInterval = defaults.evaluationInterval }
    global.metricNameValidationScheme = globalSchemes.validation
    global.metricNameEscapingScheme = globalSchemes.escaping
    return global
  }

  /// Decodes `entry` into `limits` when it is one of the limit keys; false for other keys.
  mutating func decodeLimit(_ entry: MappingNodes.Entry, into limits: inout ScrapeLimits) -> Bool {
    switch entry.name {
    case "body_size_limit": limits.bodySizeLimit = size(entry) ?? limits.bodySizeLimit
    case "sample_limit": limits.sampleLimit = uint(entry) ?? 0
    case "target_limit": limits.targetLimit = uint(entry) ?? 0
    case "label_limit": limits.labelLimit = uint(entry) ?? 0
    case "label_name_length_limit": limits.labelNameLengthLimit = uint(entry) ?? 0
    case "label_value_length_limit": limits.labelValueLengthLimit = uint(entry) ?? 0
    case "keep_dropped_targets": limits.keepDroppedTargets = uint(entry) ?? 0
    default: return false
    }
    return true
  }
}
