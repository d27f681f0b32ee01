import SDCore
import SDYAML

/// What a prometheus.yml means, for comparing two files: the typed model as Prometheus decodes it, without
/// source positions, and the meaning of the parts the model keeps as written (other sections, other
/// discovery blocks, authentication, …).
package struct ConfigMeaning: Equatable, Sendable {
  /// One scrape config's meaning.
  package struct Job: Equatable, Sendable {
    /// The typed fields.
    package var typed: ScrapeConfig
    /// The keys the model keeps as written, by name.
    package var other: [String: YAMLMeaning]
  }

  package var global: GlobalConfig
  package var ruleFiles: [String]
  package var scrapeConfigFiles: [String]
  /// Top-level sections the model keeps as written, by name.
  package var sections: [String: YAMLMeaning]
  /// The scrape configs, in order.
  package var jobs: [Job]

  private static let modelledSections: Set<String> = ["global", "rule_files", "scrape_config_files", "scrape_configs"]
  private static let modelledJobKeys: Set<String> = [
    "job_name", "honor_labels", "honor_timestamps", "params", "scrape_interval", "scrape_timeout",
    "scrape_protocols", "metrics_path", "scheme", "gce_sd_configs", "static_configs", "relabel_configs",
    "metric_relabel_configs",
  ]

  /// The meaning of `config`, decoded from `document`.
  package init(_ config: PrometheusConfig, in document: YAMLDocument) {
    let unmodelled = { (entries: [MappingNodes.Entry], modelled: Set<String>) in
      Dictionary(
        entries.filter { !modelled.contains($0.name) }.map { ($0.name, YAMLMeaning(YAMLValue(node: $0.value, in: document))) }
      ) { first, _ in first }
    }
    global = config.global
    global.nodes = .absent
    ruleFiles = config.ruleFiles
    scrapeConfigFiles = config.scrapeConfigFiles
    sections = unmodelled(config.nodes.entries, Self.modelledSections)
    jobs = config.scrapeConfigs.map { job in
      var typed = job
      typed.nodes = .absent
      typed.relabelConfigNodes = []
      typed.metricRelabelConfigNodes = []
      typed.gceSDConfigs = typed.gceSDConfigs.map { entry in
        var entry = entry
        entry.nodes = .absent
        return entry
      }
      typed.staticConfigs = typed.staticConfigs.map { entry in
        var entry = entry
        entry.nodes = .absent
        return entry
      }
      return Job(typed: typed, other: unmodelled(job.nodes.entries, Self.modelledJobKeys))
    }
  }

  /// The meaning of the prometheus.yml in `source`, for the newest Prometheus.
  package init(_ source: SourceText) {
    let parsed = YAMLParser().parse(source)
    self.init(ConfigDecoder(version: .newest).decode(parsed.document).config, in: parsed.document)
  }
}
