/// One relabel rule of a scrape job with the nodes it was decoded from, as the `relabel/*` rules walk them.
struct RelabelRuleSite {
  /// The GCE discovery entries of the job the rule belongs to (the job itself is not copied per rule).
  let gceSDConfigs: [GCESDConfig]
  /// The decoded rule.
  let rule: RelabelConfig
  /// Where the rule and its keys are written.
  let nodes: MappingNodes
  /// True for `metric_relabel_configs`, false for `relabel_configs`.
  let isMetricRelabel: Bool

  /// A site of `rule` in `job`.
  init(job: ScrapeConfig, rule: RelabelConfig, nodes: MappingNodes, isMetricRelabel: Bool) {
    self.gceSDConfigs = job.gceSDConfigs
    self.rule = rule
    self.nodes = nodes
    self.isMetricRelabel = isMetricRelabel
  }

  /// Calls `body` for every relabel rule in `config`, job by job, target relabelling before metric relabelling.
  static func forEach(in config: PrometheusConfig, _ body: (RelabelRuleSite) -> Void) {
    for job in config.scrapeConfigs {
      for (rule, nodes) in zip(job.relabelConfigs, job.relabelConfigNodes) {
        body(RelabelRuleSite(job: job, rule: rule, nodes: nodes, isMetricRelabel: false))
      }
      for (rule, nodes) in zip(job.metricRelabelConfigs, job.metricRelabelConfigNodes) {
        body(RelabelRuleSite(job: job, rule: rule, nodes: nodes, isMetricRelabel: true))
      }
    }
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
