/// Reads a file that is either a prometheus.yml or an sdgen spec and yields prometheus.yml text, so the
/// commands that look at jobs (`gcloud-filter --config`, `targets`) accept both.
public enum PrometheusConfigSource {
  /// What loading produced: the prometheus.yml text, or the problems that stop it.
  public enum Loaded: Sendable {
    /// A prometheus.yml (as given, or rendered from a spec).
    case config(SourceText)
    /// The spec has errors; nothing was rendered.
    case failed([Diagnostic])
  }

  /// True when `document` is an sdgen spec: a top-level mapping with `jobs`, `defaults` or `templates` and no
  /// `scrape_configs`.
  public static func isSpec(_ document: YAMLDocument) -> Bool {
    guard let root = document.root, document[root].kind == .mapping else { return false }
    let keys = document.mappingEntries(root).map { document[document.resolve($0.key)].value }
    return !keys.contains("scrape_configs") && keys.contains { ["jobs", "defaults", "templates"].contains($0) }
  }

  /// The prometheus.yml for `source`: the file itself, or what its spec renders to against `zones`.
  public static func load(_ source: SourceText, zones: ZoneCatalogue = .bundled) -> Loaded {
    let parsed = YAMLParser().parse(source)
    guard !parsed.failed, isSpec(parsed.document) else { return .config(source) }
    let rendered = ConfigRenderer.render(spec: source, zones: zones)
    guard let output = rendered.output else { return .failed(rendered.diagnostics) }
    return .config(SourceText(path: source.path, text: output))
  }
}
