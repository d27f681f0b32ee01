/// One relabel rule of a scrape job with the nodes it was decoded from, as the `relabel/*` rules walk them.
/// A class, so that every rule walking the shared list borrows a site instead of copying its fields.
final class RelabelRuleSite: Sendable {
  /// The GCE discovery entries of the job the rule belongs to (the job itself is not copied per rule).
  let gceSDConfigs: [GCESDConfig]
  /// The decoded rule.
  let rule: RelabelConfig
  /// The rule's action when it names one of the eleven, read once for every rule that asks.
  let action: RelabelAction?
  /// Where the rule and its keys are written.
  let nodes: MappingNodes
  /// True for `metric_relabel_configs`, false for `relabel_configs`.
  let isMetricRelabel: Bool

  /// A site of `rule` in `job`.
  init(job: ScrapeConfig, rule: RelabelConfig, nodes: MappingNodes, isMetricRelabel: Bool) {
    self.gceSDConfigs = job.gceSDConfigs
    self.rule = rule
    self.action = rule.knownAction
    self.nodes = nodes
    self.isMetricRelabel = isMetricRelabel
  }

  /// Every relabel rule in `config`, job by job, target relabelling before metric relabelling.
  static func all(in config: PrometheusConfig) -> [RelabelRuleSite] {
    var sites: [RelabelRuleSite] = []
    sites.reserveCapacity(
      config.scrapeConfigs.reduce(0) { $0 + $1.relabelConfigs.count + $1.metricRelabelConfigs.count })
    for job in config.scrapeConfigs {
      for (rule, nodes) in zip(job.relabelConfigs, job.relabelConfigNodes) {
        sites.append(RelabelRuleSite(job: job, rule: rule, nodes: nodes, isMetricRelabel: false))
      }
      for (rule, nodes) in zip(job.metricRelabelConfigs, job.metricRelabelConfigNodes) {
        sites.append(RelabelRuleSite(job: job, rule: rule, nodes: nodes, isMetricRelabel: true))
      }
    }
    return sites
  }

  /// The rule's regex as the linted Prometheus version compiles it; nil when it does not compile
  /// (`relabel/regex` reports that).
  func regex(for version: PrometheusVersion) -> RelabelRegex? {
    try? RelabelRegex.cached(rule.regex, version: version)
  }

  /// The item nodes of `source_labels`, parallel to `rule.sourceLabels` when the list decoded.
  func sourceLabelNodes(in document: YAMLDocument) -> [YAMLNode.ID] {
    guard let list = nodes.valueNode(RelabelConfig.Field.sourceLabels.rawValue) else { return [] }
    let items = document.items(list)
    return items.count == rule.sourceLabels.count ? items : []
  }
}
