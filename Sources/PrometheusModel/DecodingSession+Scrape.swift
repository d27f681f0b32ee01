import SDCore
import SDYAML

/// Decoding `scrape_configs` and the blocks inside a scrape config.
extension DecodingSession {
  package mutating func decodeScrapeConfigs(_ entry: MappingNodes.Entry, global: GlobalConfig) -> [ScrapeConfig] {
    var result: [ScrapeConfig] = []
    let items = blockItems(entry, of: .scrapeConfig)
    var firstByName: [String: YAMLNode.ID] = [:]
    firstByName.reserveCapacity(items.count)
    result.reserveCapacity(items.count)
    for item in items {
      guard let nodes = mapping(item, .scrapeConfig, key: entry.name) else { continue }
      let job = decodeScrapeConfig(nodes, global: global)
      if !job.jobName.isEmpty, let place = nodes.valueNode("job_name") {
        if let first = firstByName[job.jobName] {
          let start = document[first].range.start
          report(
            .schemaDuplicateJob, "the job name '\(job.jobName)' is already used by another scrape config",
            at: place, help: "rename one of the two jobs; job names must be unique",
            notes: [
              "first used at line \(start.line), column \(start.column)",
              Self.prometheusSays("found multiple scrape configs with job name \"\(job.jobName)\""),
            ])
        } else {
          firstByName[job.jobName] = place
        }
      }
      result.append(job)
    }
    return result
  }

  private mutating func decodeScrapeConfig(_ nodes: MappingNodes, global: GlobalConfig) -> ScrapeConfig {
    var job = ScrapeConfig()
    job.nodes = nodes
    job.scrapeInterval = .zero
    job.scrapeTimeout = .zero
    var http = HTTPClientBlocks()
    var schemes = NameSchemes()
    var protocols: [MappingNodes.Entry] = []
    var writesHTTPClient = false
    for entry in nodes.entries {
      switch entry.name {
      case "job_name": job.jobName = string(entry) ?? ""
      case "honor_labels": job.honorLabels = bool(entry) ?? job.honorLabels
      case "honor_timestamps": job.honorTimestamps = bool(entry) ?? job.honorTimestamps
      case "params": job.params = stringListMap(entry) ?? []
      case "scrape_interval": job.scrapeInterval = duration(entry) ?? .zero
      case "scrape_timeout": job.scrapeTimeout = duration(entry) ?? .zero
      case "metrics_path": job.metricsPath = string(entry) ?? job.metricsPath
      case "scheme": job.scheme = string(entry) ?? job.scheme
      case "gce_sd_configs":
        job.discovery.insert(.gce)
        job.gceSDConfigs = blockItems(entry, of: .gceSDConfig).compactMap { decodeGCE($0, key: entry.name) }
      case "static_configs":
        job.staticConfigs = blockItems(entry, of: .staticConfig).compactMap { decodeStatic($0, key: entry.name) }
        if job.staticConfigs.contains(where: { $0.labels.contains { $0.name.hasPrefix(MetaLabelCatalogue.metaPrefix) } }
        ) {
          job.discovery.insertStaticMetaLabel()
        }
      case "relabel_configs":
        (job.relabelConfigs, job.relabelConfigNodes) = decodeRelabelConfigs(entry)
      case "metric_relabel_configs":
        (job.metricRelabelConfigs, job.metricRelabelConfigNodes) = decodeRelabelConfigs(entry)
      case "scrape_protocols", "fallback_scrape_protocol": protocols.append(entry)
      case "metric_name_validation_scheme": schemes.validation = validationScheme(entry) ?? ""
      case "metric_name_escaping_scheme":
        schemes.escaping = escapingScheme(entry, scope: "scrape config") ?? ""
        schemes.escapingNode = entry.value
      case "basic_auth", "authorization", "oauth2":
        writesHTTPClient = true
        if case .block(let block) = schemaKey(entry, in: .scrapeConfig).kind {
          _ = http.store(nestedBlock(entry, block), for: entry.name)
        }
      default:
        if let mechanism = DiscoveryMechanism(key: entry.name) {
          job.discovery.insert(mechanism)
          decodeDiscovery(entry, mechanism)
          continue
        }
        guard !decodeLimit(entry, into: &job.limits) else { continue }
        writesHTTPClient = writesHTTPClient || Self.httpClientCheckedKeys.contains(entry.name)
        check(entry, in: .scrapeConfig)
      }
    }
    for entry in protocols {
      if entry.name == "scrape_protocols" {
        job.scrapeProtocols = checkScrapeProtocols(
          entry, context: "for scrape config with job name \"\(job.jobName)\"")
      } else {
        checkFallbackProtocol(entry, jobName: job.jobName)
      }
    }
    if writesHTTPClient { checkHTTPClient(nodes, blocks: http) }
    checkStaticTargets(job)
    checkNameSchemes(schemes, of: job)
    let legacyNames = version < .v3_0 || schemes.effective(global: globalSchemes).validation == "legacy"
    validateRelabelRules(of: job, legacyNames: legacyNames)
    if job.jobName.isEmpty, let place = place(of: "job_name", in: nodes) {
      report(
        .schemaRequired, "this scrape config has no job_name", at: place,
        help: "give the job a unique name with 'job_name: <name>'",
        notes: [Self.prometheusSays("job_name is empty")])
    }
    job.limits = job.limits.inheriting(global.limits)
    resolveIntervals(of: &job, global: global)
    return job
  }

  /// Reports a job whose effective escaping allows UTF-8 names while its validation is legacy.
  private mutating func checkNameSchemes(_ schemes: NameSchemes, of job: ScrapeConfig) {
    let effective = schemes.effective(global: globalSchemes)
    guard effective.escaping == "allow-utf-8", effective.validation != "utf8" else { return }
    if effective.inherited {
      guard !reportedGlobalSchemeConflict else { return }
      reportedGlobalSchemeConflict = true
    }
    let source = effective.inherited ? globalSchemes.escapingNode : schemes.escapingNode
    guard let place = source ?? job.valueNode("job_name") ?? job.node else { return }
    let message = "utf8 metric names requested but validation scheme is not set to UTF8"
    report(
      .schemaConflictingKeys,
      "escaping 'allow-utf-8' keeps UTF-8 metric names, but job '\(job.jobName)' validates names as legacy",
      at: place, help: "set metric_name_validation_scheme to utf8, or choose another metric_name_escaping_scheme",
      notes: [Self.prometheusSays(message)])
  }

  /// Inherits the interval and timeout from `global` as Prometheus does, reporting a timeout above the interval.
  private mutating func resolveIntervals(of job: inout ScrapeConfig, global: GlobalConfig) {
    if job.scrapeInterval == .zero { job.scrapeInterval = global.scrapeInterval }
    if job.scrapeTimeout > job.scrapeInterval, let timeout = job.valueNode("scrape_timeout") {
      report(
        .schemaTimeoutAboveInterval,
        "the scrape_timeout \(job.scrapeTimeout) of job '\(job.jobName)' is longer than its scrape_interval "
          + "\(job.scrapeInterval)",
        at: timeout, help: "lower scrape_timeout to at most \(job.scrapeInterval), or raise scrape_interval",
        notes: [
          Self.prometheusSays(
            "scrape timeout greater than scrape interval for scrape config with job name \"\(job.jobName)\"")
        ])
    }
    if job.scrapeTimeout == .zero { job.scrapeTimeout = min(global.scrapeTimeout, job.scrapeInterval) }
  }

  private mutating func decodeGCE(_ id: YAMLNode.ID, key: String) -> GCESDConfig? {
    guard let nodes = mapping(id, .gceSDConfig, key: key) else { return nil }
    var gce = GCESDConfig()
    gce.nodes = nodes
    for entry in nodes.entries {
      switch entry.name {
      case "project": gce.project = string(entry) ?? gce.project
      case "zone": gce.zone = string(entry) ?? gce.zone
      case "filter": gce.filter = string(entry) ?? gce.filter
      case "refresh_interval": gce.refreshInterval = duration(entry) ?? gce.refreshInterval
      case "port": gce.port = int(entry) ?? gce.port
      case "tag_separator": gce.tagSeparator = string(entry) ?? gce.tagSeparator
      default: check(entry, in: .gceSDConfig)
      }
    }
    requireNonEmpty(gce.project, "project", in: nodes, example: "my-project")
    requireNonEmpty(gce.zone, "zone", in: nodes, example: "us-central1-a")
    return gce
  }

  /// Reports a required GCE field that is missing or empty, at its value or at the entry.
  private mutating func requireNonEmpty(_ value: String, _ field: String, in nodes: MappingNodes, example: String) {
    guard value.isEmpty, let place = place(of: field, in: nodes) else { return }
    report(
      .schemaRequired, "this gce_sd_configs entry has no \(field)", at: place,
      help: "add '\(field): \(example)' to the entry",
      notes: [Self.prometheusSays("GCE SD configuration requires a \(field)")])
  }

  private mutating func decodeStatic(_ id: YAMLNode.ID, key: String) -> StaticConfig? {
    guard let nodes = mapping(id, .staticConfig, key: key) else { return nil }
    var group = StaticConfig()
    group.nodes = nodes
    for entry in nodes.entries {
      switch entry.name {
      case "targets":
        if let values = stringList(entry) { (group.targets, group.targetNodes) = (values, itemNodes(of: entry.value)) }
      case "labels": group.labels = labelMap(entry) ?? []
      default: check(entry, in: .staticConfig)
      }
    }
    return group
  }

  private mutating func decodeRelabelConfigs(_ entry: MappingNodes.Entry) -> ([RelabelConfig], [MappingNodes]) {
    let items = blockItems(entry, of: .relabelConfig)
    var rules: [RelabelConfig] = []
    var ruleNodes: [MappingNodes] = []
    rules.reserveCapacity(items.count)
    ruleNodes.reserveCapacity(items.count)
    for item in items {
      guard let nodes = mapping(item, .relabelConfig, key: entry.name) else { continue }
      // Decoded in place: a rule returned by value was copied (six strings and arrays) into the array.
      rules.append(RelabelConfig())
      decodeRelabel(nodes, into: &rules[rules.count - 1])
      ruleNodes.append(nodes)
    }
    return (rules, ruleNodes)
  }

  private mutating func decodeRelabel(_ nodes: MappingNodes, into rule: inout RelabelConfig) {
    for entry in nodes.entries {
      guard let field = RelabelConfig.Field.named(entry.name) else { continue }
      rule.setFields.insert(field)
      if document.isNull(entry.value) { rule.nullFields.insert(field) }
      switch field {
      case .sourceLabels: if let values = stringList(entry) { rule.sourceLabels = values }
      case .separator: if let text = string(entry) { rule.separator = text }
      case .regex: if let text = string(entry) { rule.regex = text }
      case .modulus: if let number = uint(entry, kind: .uint64) { rule.modulus = number }
      case .targetLabel: if let text = string(entry) { rule.targetLabel = text }
      case .replacement: if let text = string(entry) { rule.replacement = text }
      case .action: if let text = string(entry) { rule.action = text }
      }
    }
  }

  /// Runs the relabel validator, if one is plugged in, on every rule of `job`, with the job's name
  /// validation scheme, and reports each finding at the field it names.
  private mutating func validateRelabelRules(of job: ScrapeConfig, legacyNames: Bool) {
    validateRelabelRules(job.relabelConfigs, job.relabelConfigNodes, legacyNames: legacyNames)
    validateRelabelRules(job.metricRelabelConfigs, job.metricRelabelConfigNodes, legacyNames: legacyNames)
  }

  /// Validates `rules` (whose nodes are `ruleNodes`) and reports each finding at the field it names.
  private mutating func validateRelabelRules(
    _ rules: [RelabelConfig], _ ruleNodes: [MappingNodes], legacyNames: Bool
  ) {
    guard let relabelValidation else { return }
    for index in rules.indices {
      guard let finding = relabelValidation(rules[index], version, legacyNames),
        let place = finding.field.flatMap({ ruleNodes[index].valueNode($0.rawValue) }) ?? ruleNodes[index].node
      else { continue }
      guard finding.field == .regex, let column = finding.regexColumn else {
        report(.relabelInvalid, finding.message, at: place, help: finding.help)
        continue
      }
      diagnostics.append(
        Diagnostic(
          rule: .relabelRegex, severity: .error, message: finding.message,
          range: rangeInsideScalar(place, column: column),
          help: finding.help ?? "write the pattern in RE2 syntax, as Go's regexp package accepts it"))
    }
  }

  /// The position of the `column`-th character of a one-line scalar's text (after its opening quote),
  /// clamped to the scalar; a multi-line scalar points at its start.
  private func rangeInsideScalar(_ id: YAMLNode.ID, column: Int) -> SourceRange {
    let node = document[id]
    guard node.range.start.line == node.range.end.line else { return SourceRange(at: node.range.start) }
    let quote = node.style == .singleQuoted || node.style == .doubleQuoted ? 1 : 0
    let at = min(node.range.start.column + quote + column - 1, max(node.range.start.column, node.range.end.column - 1))
    return SourceRange(line: node.range.start.line, column: at, length: 1)
  }
}
