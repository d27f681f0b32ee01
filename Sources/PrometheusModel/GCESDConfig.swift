/// One `gce_sd_configs` entry: one project and one zone, with Prometheus's defaults.
package struct GCESDConfig: Hashable, Sendable, NodeBacked {
  /// The project id (required).
  package var project = ""
  /// The one zone listed (required).
  package var zone = ""
  /// The Compute API filter, sent verbatim; empty for none.
  package var filter = ""
  /// How often the zone is listed; default 60s.
  package var refreshInterval = PromDuration.seconds(60)
  /// The port appended to each instance's private IP; default 80.
  package var port: Int64 = 80
  /// Joins tags in `__meta_gce_tags`; default `,`.
  package var tagSeparator = ","
  /// Where it came from.
  package var nodes = MappingNodes.absent

  /// An entry with Prometheus's defaults.
  package init() {}
}
