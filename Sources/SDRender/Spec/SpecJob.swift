import SDYAML

/// One job of a spec (or the spec's `defaults`): where to discover instances, how to relabel them,
/// and any other scrape_config keys, passed through.
package struct SpecJob: Sendable {
  /// The job name (`job_name`).
  package var name: Located<String>
  /// Zones to discover in, one `gce_sd_configs` entry each.
  package var zones: [Located<String>]?
  /// Regions whose current zones are all discovered in.
  package var regions: [Located<String>]?
  /// Projects to discover in, each with every zone (instead of one `project`).
  package var projects: [Located<String>]?
  /// Settings copied into every `gce_sd_configs` entry (project, port, refresh_interval, tag_separator).
  package var discovery: [DiscoveryKey: Located<YAMLValue>] = [:]
  /// The Compute API filter.
  package var filter: Located<SpecFilter>?
  /// Target relabelling: rules and template uses.
  package var relabelConfigs: [RelabelListItem]?
  /// Metric relabelling: rules and template uses.
  package var metricRelabelConfigs: [RelabelListItem]?
  /// Other scrape_config keys, in the order written.
  package var scrapeSettings: [Located<YAMLEntry>] = []

  /// Creates a job with nothing set but its name.
  package init(name: Located<String>) {
    self.name = name
  }

  /// The keys of a `gce_sd_configs` entry a job sets for all its zones, in the order they are written.
  package enum DiscoveryKey: String, CaseIterable, Sendable {
    case project
    case port
    case refreshInterval = "refresh_interval"
    case tagSeparator = "tag_separator"
  }
}
