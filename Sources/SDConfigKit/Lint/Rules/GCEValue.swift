/// One scalar value written in a `gce_sd_configs` entry, with the decoded entry it belongs to.
struct GCEValue {
  /// The decoded entry.
  let config: GCESDConfig
  /// The scalar node of the value (possibly null).
  let node: YAMLNode

  /// The scalar values of `key` in every `gce_sd_configs` entry, in source order, each node once: a value
  /// shared by several entries through an anchor or a merge key is checked (and reported) once.
  static func all(_ key: String, in context: LintContext) -> [GCEValue] {
    var values: [GCEValue] = []
    values.reserveCapacity(context.config.scrapeConfigs.count)
    // One flag per node: cheaper than hashing each id into a set on files with thousands of entries.
    var seen = [Bool](repeating: false, count: context.document.nodes.count)
    for job in context.config.scrapeConfigs {
      for config in job.gceSDConfigs {
        guard let id = config.valueNode(key), context.document[id].kind == .scalar, !seen[id] else { continue }
        seen[id] = true
        values.append(GCEValue(config: config, node: context.document[id]))
      }
    }
    return values
  }
}
