/// One `gce_sd_configs` entry of a linted file with the scrape job it belongs to.
struct GCEEntry {
  /// The scrape job.
  let job: ScrapeConfig
  /// The entry.
  let config: GCESDConfig

  /// Every `gce_sd_configs` entry of the file, in source order.
  static func all(in context: LintContext) -> [GCEEntry] {
    var entries: [GCEEntry] = []
    for job in context.config.scrapeConfigs {
      for config in job.gceSDConfigs { entries.append(GCEEntry(job: job, config: config)) }
    }
    return entries
  }

  /// The non-null scalar value node of `key`, if written.
  func scalarValue(_ key: String, in document: YAMLDocument) -> YAMLNode? {
    guard let id = config.valueNode(key) else { return nil }
    let node = document[id]
    guard node.kind == .scalar, !node.isNull else { return nil }
    return node
  }
}
