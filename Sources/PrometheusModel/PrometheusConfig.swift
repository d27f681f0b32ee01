/// A prometheus.yml decoded the way Prometheus decodes it: `global` and `scrape_configs` typed, every
/// other top-level section kept as its document node.
public struct PrometheusConfig: Sendable, NodeBacked {
  /// The `global` section with defaults applied.
  package var global = GlobalConfig()
  /// `rule_files` patterns as written.
  package var ruleFiles: [String] = []
  /// `scrape_config_files` patterns as written (2.43 and later).
  package var scrapeConfigFiles: [String] = []
  /// The scrape configs, in source order (null entries left out).
  package var scrapeConfigs: [ScrapeConfig] = []
  /// Where it came from; the entries of sections sdgen keeps as written (alerting, remote_write, …)
  /// are among them.
  package var nodes = MappingNodes.absent

  /// The configuration Prometheus uses for an empty file.
  package init() {}

  /// The top-level sections sdgen does not model (alerting, remote_write, storage, …), as written.
  package var otherSections: [MappingNodes.Entry] {
    nodes.entries.filter { !Self.modeledSections.contains($0.name) }
  }

  private static let modeledSections: Set<String> = ["global", "rule_files", "scrape_config_files", "scrape_configs"]
}
