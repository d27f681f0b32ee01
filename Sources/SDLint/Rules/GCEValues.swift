import SDYAML
import PrometheusModel

/// The scalar values of the keys the `gce/*` value rules check, in every `gce_sd_configs` entry of a
/// file: gathered in one pass and shared through `LintContext`.
struct GCEValues: Sendable {
  /// A key whose values are gathered.
  enum Key: Int, CaseIterable, Sendable {
    case project, zone, port, refreshInterval

    /// The key as written in YAML.
    var name: String {
      switch self {
      case .project: "project"
      case .zone: "zone"
      case .port: "port"
      case .refreshInterval: "refresh_interval"
      }
    }
  }

  /// Every decoded `gce_sd_configs` entry, in source order.
  let entries: [GCESDConfig]
  private let valuesByKey: [[GCEValue]]

  /// Gathers the scalar values of `config`'s entries, whose nodes are in `document`.
  init(config: PrometheusConfig, document: YAMLDocument) {
    var entries: [GCESDConfig] = []
    var valuesByKey = [[GCEValue]](repeating: [], count: Key.allCases.count)
    // One bit per key and node: cheaper than hashing each id into a set on files with thousands of entries.
    var seen = [UInt8](repeating: 0, count: document.nodes.count)
    let jobs = config.scrapeConfigs
    // By index: `for job in jobs` would retain and release every field of each job.
    for job in jobs.indices {
      for entry in jobs[job].gceSDConfigs {
        for key in Key.allCases {
          let bit = UInt8(1) << key.rawValue
          guard let id = entry.valueNode(key.name), document.nodes[id].kind == .scalar, seen[id] & bit == 0
          else { continue }
          seen[id] |= bit
          valuesByKey[key.rawValue].append(GCEValue(entry: entries.count, node: id))
        }
        entries.append(entry)
      }
    }
    self.entries = entries
    self.valuesByKey = valuesByKey
  }

  /// The scalar values of `key`, in source order, each node once: a value shared by several entries
  /// through an anchor or a merge key is checked (and reported) once.
  subscript(key: Key) -> [GCEValue] {
    valuesByKey[key.rawValue]
  }
}
