/// One `scrape_configs` entry with the fields sdgen checks typed and every other key kept as nodes.
package struct ScrapeConfig: Hashable, Sendable, NodeBacked {
  /// `job_name` (required, unique).
  package var jobName = ""
  /// `honor_labels`; default false.
  package var honorLabels = false
  /// `honor_timestamps`; default true.
  package var honorTimestamps = true
  /// `params`: URL parameters, each with its list of values, in source order.
  package var params: [ScrapeParam] = []
  /// The scrape interval after inheriting the global one.
  package var scrapeInterval = PromDuration.minutes(1)
  /// The scrape timeout after inheriting the global one (never above the interval when inherited).
  package var scrapeTimeout = PromDuration.seconds(10)
  /// `scrape_protocols` as written (2.49 and later); nil when unset (Prometheus picks the defaults).
  package var scrapeProtocols: [String]?
  /// `metrics_path`; default `/metrics`.
  package var metricsPath = "/metrics"
  /// `scheme`; default `http`.
  package var scheme = "http"
  /// Limits after inheriting the global ones.
  package var limits = ScrapeLimits()
  /// The `gce_sd_configs` entries, null entries left out.
  package var gceSDConfigs: [GCESDConfig] = []
  /// The discovery mechanisms the job uses (every `<name>_sd_configs` key written).
  package var discovery = JobDiscovery()
  /// The `static_configs` entries.
  package var staticConfigs: [StaticConfig] = []
  /// `relabel_configs`.
  package var relabelConfigs: [RelabelConfig] = []
  /// The nodes of each `relabel_configs` entry, parallel to `relabelConfigs`.
  package var relabelConfigNodes: [MappingNodes] = []
  /// `metric_relabel_configs`.
  package var metricRelabelConfigs: [RelabelConfig] = []
  /// The nodes of each `metric_relabel_configs` entry, parallel to `metricRelabelConfigs`.
  package var metricRelabelConfigNodes: [MappingNodes] = []
  /// Where it came from (every known key, typed here or not, e.g. other `*_sd_configs`).
  package var nodes = MappingNodes.absent

  /// A scrape config with Prometheus's defaults and an empty job name.
  package init() {}

  /// The service-discovery blocks other than `gce_sd_configs` and `static_configs`, as written.
  package var otherServiceDiscovery: [MappingNodes.Entry] {
    nodes.entries.filter { $0.name.hasSuffix("_sd_configs") && $0.name != "gce_sd_configs" }
  }
}
