/// A block of the Prometheus configuration whose keys the schema knows.
package enum SchemaBlock: Hashable, Sendable {
  /// The top level of prometheus.yml.
  case top
  /// `global`.
  case global
  /// One `scrape_configs` entry.
  case scrapeConfig
  /// One `gce_sd_configs` entry.
  case gceSDConfig
  /// One `relabel_configs` / `metric_relabel_configs` entry.
  case relabelConfig
  /// One `static_configs` entry.
  case staticConfig
  /// `basic_auth`.
  case basicAuth
  /// `authorization`.
  case authorization
  /// `oauth2`.
  case oauth2
  /// `tls_config`.
  case tlsConfig
  /// `storage`.
  case storage
  /// `storage.tsdb`.
  case tsdb
  /// `storage.tsdb.retention` (3.8 and later).
  case tsdbRetention
  /// `storage.tsdb.chunk_encoding` (3.13 and later).
  case chunkEncoding
  /// `storage.exemplars`.
  case exemplars
  /// One entry of a `<name>_sd_configs` list other than `gce_sd_configs`.
  case discovery(DiscoveryMechanism)
  /// A block nested in a discovery entry (Kubernetes `namespaces`, AWS `filters`, …).
  case discoveryPart(DiscoveryPart)

  /// The Go type yaml.v2 names in "field X not found in type T".
  package var goType: String {
    switch self {
    case .top, .global, .basicAuth, .tlsConfig, .tsdb, .tsdbRetention, .exemplars: "config.plain"
    case .storage: "config.StorageConfig"
    case .chunkEncoding: "config.ChunkEncodingConfig"
    case .scrapeConfig: "config.ScrapeConfig"
    case .gceSDConfig: "gce.plain"
    case .relabelConfig: "relabel.plain"
    case .staticConfig: "targetgroup.Group"
    case .authorization: "config.Authorization"
    case .oauth2: "config.OAuth2"
    case .discovery(let mechanism): mechanism.goPlainType
    case .discoveryPart(let part): part.goType
    }
  }

  /// The Go element type of a list of these blocks (`gce.SDConfig` in `[]*gce.SDConfig`).
  package var goElementType: String {
    switch self {
    case .scrapeConfig: "config.ScrapeConfig"
    case .gceSDConfig: "gce.SDConfig"
    case .relabelConfig: "relabel.Config"
    case .discovery(let mechanism): mechanism.goElementType
    default: goType
    }
  }

  /// Where the block sits, for messages: "a gce_sd_configs entry".
  package var placement: String {
    switch self {
    case .top: "the top level"
    case .global: "the global section"
    case .scrapeConfig: "a scrape_configs entry"
    case .gceSDConfig: "a gce_sd_configs entry"
    case .relabelConfig: "a relabel_configs entry"
    case .staticConfig: "a static_configs entry"
    case .basicAuth: "basic_auth"
    case .authorization: "authorization"
    case .oauth2: "oauth2"
    case .tlsConfig: "tls_config"
    case .storage: "storage"
    case .tsdb: "storage.tsdb"
    case .tsdbRetention: "storage.tsdb.retention"
    case .chunkEncoding: "storage.tsdb.chunk_encoding"
    case .exemplars: "storage.exemplars"
    case .discovery(let mechanism): "a \(mechanism.key) entry"
    case .discoveryPart(let part): part.placement
    }
  }

  /// Blocks where a key found here by mistake most likely belongs, most likely first.
  var misplacementCandidates: [SchemaBlock] {
    switch self {
    case .top: [.global, .scrapeConfig]
    case .global: [.scrapeConfig, .top]
    case .scrapeConfig: [.gceSDConfig, .relabelConfig, .staticConfig, .global, .top, .tlsConfig, .basicAuth, .oauth2]
    case .gceSDConfig: [.scrapeConfig, .relabelConfig]
    case .relabelConfig: [.scrapeConfig, .gceSDConfig]
    case .staticConfig: [.scrapeConfig, .relabelConfig]
    case .basicAuth, .authorization, .oauth2, .tlsConfig: [.scrapeConfig, .tlsConfig]
    case .storage: [.tsdb, .exemplars, .top]
    case .tsdb: [.tsdbRetention, .chunkEncoding, .exemplars]
    case .tsdbRetention, .chunkEncoding, .exemplars: [.tsdb]
    case .discovery: [.scrapeConfig, .relabelConfig]
    case .discoveryPart: []
    }
  }
}

extension SchemaBlock: CaseIterable {
  /// Every block of the schema: the fixed ones, then each discovery mechanism and each of their parts.
  package static let allCases: [SchemaBlock] =
    [
      .top, .global, .scrapeConfig, .gceSDConfig, .relabelConfig, .staticConfig, .basicAuth, .authorization, .oauth2,
      .tlsConfig, .storage, .tsdb, .tsdbRetention, .chunkEncoding, .exemplars,
    ] + DiscoveryMechanism.allCases.map(SchemaBlock.discovery) + DiscoveryPart.allCases.map(SchemaBlock.discoveryPart)
}
