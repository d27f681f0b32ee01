import SDYAML
import PrometheusModel

/// One relabel rule of a scrape job with the nodes it was decoded from, as the `relabel/*` rules walk them.
/// Sites of one list share it, so building a site and handing it around costs one reference count instead
/// of a copy of every field of the rule.
struct RelabelRuleSite: Sendable {
  /// One relabel list of a job (`relabel_configs` or `metric_relabel_configs`), shared by its sites.
  private final class RuleList: Sendable {
    let gceSDConfigs: [GCESDConfig]
    let discovery: JobDiscovery
    let rules: [RelabelConfig]
    let nodes: [MappingNodes]
    /// Where the rules' regexes are compiled (the linter's cache).
    let regexes: RelabelRegexCache

    init(
      gceSDConfigs: [GCESDConfig], discovery: JobDiscovery, rules: [RelabelConfig], nodes: [MappingNodes],
      regexes: RelabelRegexCache
    ) {
      self.gceSDConfigs = gceSDConfigs
      self.discovery = discovery
      self.rules = rules
      self.nodes = nodes
      self.regexes = regexes
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

  /// The site of rule `index` of `job`'s `relabel_configs`, whose regex compiles through `regexes`.
  init(job: ScrapeConfig, index: Int, regexes: RelabelRegexCache) {
    let list = RuleList(
      gceSDConfigs: job.gceSDConfigs, discovery: job.discovery, rules: job.relabelConfigs,
      nodes: job.relabelConfigNodes, regexes: regexes)
    self.init(list: list, index: index, isMetricRelabel: false)
  }

  /// The GCE discovery entries of the job the rule belongs to.
  var gceSDConfigs: [GCESDConfig] { list.gceSDConfigs }
  /// The discovery mechanisms of the job the rule belongs to.
  var discovery: JobDiscovery { list.discovery }
  /// The decoded rule.
  var rule: RelabelConfig { list.rules[index] }
  /// The rule's target_label, read without copying the whole rule.
  var targetLabel: String { list.rules[index].targetLabel }
  /// The rule's source labels, read without copying the whole rule.
  var sourceLabels: [String] { list.rules[index].sourceLabels }
  /// The rule's regex as written, read without copying the whole rule.
  var pattern: String { list.rules[index].regex }
  /// The rule's replacement, read without copying the whole rule.
  var replacement: String { list.rules[index].replacement }
  /// True for the last rule of its list.
  var isLast: Bool { index == list.rules.count - 1 }
  /// Where the rule and its keys are written.
  var nodes: MappingNodes { list.nodes[index] }

  /// Every relabel rule in `config`, job by job, target relabelling before metric relabelling; their
  /// regexes compile through `regexes`.
  static func all(in config: PrometheusConfig, regexes: RelabelRegexCache) -> [RelabelRuleSite] {
    let jobs = config.scrapeConfigs
    var sites: [RelabelRuleSite] = []
    // By index: `for job in jobs` would retain and release every field of each job.
    sites.reserveCapacity(
      jobs.indices.reduce(0) { $0 + jobs[$1].relabelConfigs.count + jobs[$1].metricRelabelConfigs.count })
    for index in jobs.indices {
      appendSites(
        of: jobs[index].relabelConfigs, nodes: jobs[index].relabelConfigNodes, gceSDConfigs: jobs[index].gceSDConfigs,
        discovery: jobs[index].discovery, isMetricRelabel: false, regexes: regexes, to: &sites)
      appendSites(
        of: jobs[index].metricRelabelConfigs, nodes: jobs[index].metricRelabelConfigNodes,
        gceSDConfigs: jobs[index].gceSDConfigs, discovery: jobs[index].discovery, isMetricRelabel: true,
        regexes: regexes, to: &sites)
    }
    return sites
  }

  /// Appends the sites of one relabel list of a job with `gceSDConfigs` and `discovery`, all sharing one
  /// `RuleList`.
  private static func appendSites(
    of rules: [RelabelConfig], nodes: [MappingNodes], gceSDConfigs: [GCESDConfig], discovery: JobDiscovery,
    isMetricRelabel: Bool, regexes: RelabelRegexCache, to sites: inout [RelabelRuleSite]
  ) {
    guard !rules.isEmpty else { return }
    let list = RuleList(
      gceSDConfigs: gceSDConfigs, discovery: discovery, rules: rules, nodes: nodes, regexes: regexes)
    for index in 0..<min(rules.count, nodes.count) {
      sites.append(RelabelRuleSite(list: list, index: index, isMetricRelabel: isMetricRelabel))
    }
  }

  /// The rule's regex as the linted Prometheus version compiles it; nil when it does not compile
  /// (`relabel/regex` reports that).
  func regex(for version: PrometheusVersion) -> RelabelRegex? {
    try? list.regexes.regex(rule.regex, version: version)
  }

  /// The item nodes of `source_labels`, parallel to `rule.sourceLabels` when the list decoded.
  func sourceLabelNodes(in document: YAMLDocument) -> [YAMLNode.ID] {
    guard let list = nodes.valueNode(RelabelConfig.Field.sourceLabels.rawValue) else { return [] }
    let items = document.items(list)
    return items.count == rule.sourceLabels.count ? items : []
  }
}
