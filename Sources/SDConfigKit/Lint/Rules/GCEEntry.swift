/// One `gce_sd_configs` entry of a linted file, with access to the nodes of its values.
struct GCEEntry {
  /// The entry.
  let config: GCESDConfig

  /// Every `gce_sd_configs` entry of the file, in source order, without copying the jobs.
  static func all(in context: LintContext) -> some Sequence<GCEEntry> {
    context.config.scrapeConfigs.lazy.flatMap(\.gceSDConfigs).map(GCEEntry.init)
  }

  /// The non-null scalar value node of `key`, if written.
  func scalarValue(_ key: String, in document: YAMLDocument) -> YAMLNode? {
    guard let id = config.valueNode(key) else { return nil }
    let node = document[id]
    guard node.kind == .scalar, !node.isNull else { return nil }
    return node
  }
}
