/// One `gce_sd_configs` entry: one project and one zone, with Prometheus's defaults.
public struct GCESDConfig: Hashable, Sendable, NodeBacked {
  /// The project id (required).
  public var project = ""
  /// The one zone listed (required).
  public var zone = ""
  /// The Compute API filter, sent verbatim; empty for none.
  public var filter = ""
  /// How often the zone is listed; default 60s.
  public var refreshInterval = PromDuration.seconds(60)
  /// The port appended to each instance's private IP; default 80.
  public var port: Int64 = 80
  /// Joins tags in `__meta_gce_tags`; default `,`.
  public var tagSeparator = ","
  /// Where it came from.
  package var nodes = MappingNodes.absent

  /// An entry with Prometheus's defaults.
  public init() {}
}
