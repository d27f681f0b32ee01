/// One relabel rule of a scrape job with the nodes it was decoded from, as the `relabel/*` rules walk them.
/// Sites of one list share it, so building a site and handing it around costs one reference count instead
/// of a copy of every field of the rule.
struct RelabelRuleSite: Sendable {
  /// One relabel list of a job (`relabel_configs` or `metric_relabel_configs`), shared by its sites.
  private final class RuleList: Sendable {
    let gceSDConfigs: [GCESDConfig]
    let rules: [RelabelConfig]
    let nodes: [MappingNodes]

    init(gceSDConfigs: [GCESDConfig], rules: [RelabelConfig], nodes: [MappingNodes]) {
      self.gceSDConfigs = gceSDConfigs
      self.rules = rules
      self.nodes = nodes
    }
  }

  private let list: RuleList
  /// The rule's position in its list.
  private let index: Int
  /// The rule's action when it names one of the eleven, read once for every rule that asks.
  let action: RelabelAction?
  /// True for `metric_relabel_configs`, false for `relabel_configs`.
  let isMetricRelabel: Bool

  private init(list: RuleList, index: Int, isMetricRelabel: Bool) {
    self.list = list
    self.index = index
    self.isMetricRelabel = isMetricRelabel
    action = list.rules[index].knownAction
  }

  /// The site of rule `index` of `job`'s `relabel_configs`.
  init(job: ScrapeConfig, index: Int) {
    let list = RuleList(gceSDConfigs: job.gceSDConfigs, rules: job.relabelConfigs, nodes: job.relabelConfigNodes)
    self.init(list: list, index: index, isMetricRelabel: false)
  }

  /// The GCE discovery entries of the job the rule belongs to.
  var gceSDConfigs: [GCESDConfig] { list.gceSDConfigs }
  /// The decoded rule.
  var rule: RelabelConfig { list.rules[index] }
  /// Where the rule and its keys are written.
  var nodes: MappingNodes { list.nodes[index] }

  /// Every relabel rule in `config`, job by job, target relabelling before metric relabelling.
  static func all(in config: PrometheusConfig) -> [RelabelRuleSite] {
    var sites: [RelabelRuleSite] = []
    sites.reserveCapacity(
      config.scrapeConfigs.reduce(0) { $0 + $1.relabelConfigs.count + $1.metricRelabelConfigs.count })
    for job in config.scrapeConfigs {
      appendSites(of: job.relabelConfigs, nodes: job.relabelConfigNodes, job: job, isMetricRelabel: false, to: &sites)
      appendSites(
        of: job.metricRelabelConfigs, nodes: job.metricRelabelConfigNodes, job: job, isMetricRelabel: true, to: &sites)
    }
    return sites
  }

  /// Appends the sites of one of `job`'s relabel lists, all sharing one `RuleList`.
  private static func appendSites(
    of rules: [RelabelConfig], nodes: [MappingNodes], job: ScrapeConfig, isMetricRelabel: Bool,
    to sites: inout [RelabelRuleSite]
  ) {
    guard !rules.isEmpty else { return }
    let list = RuleList(gceSDConfigs: job.gceSDConfigs, rules: rules, nodes: nodes)
    for index in 0..<min(rules.count, nodes.count) {
      sites.append(RelabelRuleSite(list: list, index: index, isMetricRelabel: isMetricRelabel))
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
