import SDYAML

/// One job of a spec (or the spec's `defaults`): where to discover instances, how to relabel them,
/// and any other scrape_config keys, passed through.
public struct SpecJob: Sendable {
  /// The job name (`job_name`).
  public var name: Located<String>
  /// Zones to discover in, one `gce_sd_configs` entry each.
  public var zones: [Located<String>]?
  /// Regions whose current zones are all discovered in.
  public var regions: [Located<String>]?
  /// Settings copied into every `gce_sd_configs` entry (project, port, refresh_interval, tag_separator).
  public var discovery: [DiscoveryKey: Located<YAMLValue>] = [:]
  /// The Compute API filter.
  public var filter: Located<SpecFilter>?
  /// Target relabelling: rules and template uses.
  public var relabelConfigs: [RelabelListItem]?
  /// Metric relabelling: rules and template uses.
  public var metricRelabelConfigs: [RelabelListItem]?
  /// Other scrape_config keys, in the order written.
  public var scrapeSettings: [Located<YAMLEntry>] = []

  /// Creates a job with nothing set but its name.
  public init(name: Located<String>) {
    self.name = name
  }

  /// The keys of a `gce_sd_configs` entry a job sets for all its zones, in the order they are written.
  public enum DiscoveryKey: String, CaseIterable, Sendable {
    case project
    case port
    case refreshInterval = "refresh_interval"
    case tagSeparator = "tag_separator"
  }
}
