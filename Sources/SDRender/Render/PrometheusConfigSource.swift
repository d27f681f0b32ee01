import SDCore
import SDYAML
import GCEKnowledge
import PrometheusModel

/// Reads a file that is either a prometheus.yml or an sdgen spec, so the commands that look at jobs
/// (`gcloud-filter --file`, `targets`) accept both: a spec is rendered first, then decoded.
public enum PrometheusConfigSource {
  /// What loading produced.
  public struct Loaded: Sendable {
    /// The prometheus.yml text: the file itself, or what its spec renders to; nil when the spec has errors.
    public let prometheusYAML: SourceText?
    /// The decoded configuration; nil when errors prevent using it.
    public let config: PrometheusConfig?
    /// Findings, positioned in `source`.
    public let diagnostics: [Diagnostic]
    /// The text the diagnostics point into (the spec, the file, or the rendered text for problems in it).
    public let source: SourceText
    /// True when the input was an sdgen spec.
    public let isSpec: Bool
  }

  /// True when `document` is an sdgen spec: a top-level mapping with `jobs`, `defaults` or `templates` and no
  /// `scrape_configs`.
  package static func isSpec(_ document: YAMLDocument) -> Bool {
    guard let root = document.root, document[document.resolve(root)].kind == .mapping else { return false }
    let keys = document.mappingEntries(root).map { document[document.resolve($0.key)].value }
    return !keys.contains("scrape_configs") && keys.contains { ["jobs", "defaults", "templates"].contains($0) }
  }

  /// Decodes `source` for `version`; a spec is first rendered against the bundled zone catalogue.
  public static func load(_ source: SourceText, version: PrometheusVersion = .newest) -> Loaded {
    load(source, version: version, zones: .bundled)
  }

  /// Decodes `source` for `version`; a spec is first rendered against `zones`.
  package static func load(_ source: SourceText, version: PrometheusVersion, zones: ZoneCatalogue) -> Loaded {
    let decoder = ConfigDecoder(version: version)
    let parsed = YAMLParser().parse(source)
    guard !parsed.failed, isSpec(parsed.document) else {
      let (config, diagnostics) = decoder.decode(source)
      let failed = diagnostics.contains { $0.severity == .error }
      return Loaded(
        prometheusYAML: source, config: failed ? nil : config, diagnostics: diagnostics, source: source,
        isSpec: false)
    }
    let rendered = ConfigRenderer.render(spec: source, zones: zones)
    guard let output = rendered.output else {
      return Loaded(prometheusYAML: nil, config: nil, diagnostics: rendered.diagnostics, source: source, isSpec: true)
    }
    let renderedSource = SourceText(path: source.path + " (rendered)", text: output)
    let (config, diagnostics) = decoder.decode(renderedSource)
    if diagnostics.contains(where: { $0.severity == .error }) {
      return Loaded(
        prometheusYAML: renderedSource, config: nil, diagnostics: diagnostics, source: renderedSource, isSpec: true)
    }
    return Loaded(
      prometheusYAML: renderedSource, config: config, diagnostics: rendered.diagnostics, source: source, isSpec: true)
  }
}
