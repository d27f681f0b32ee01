/// Reads the configuration `sdgen targets` simulates: a prometheus.yml, or an sdgen spec (a file
/// whose top-level mapping has a `jobs` key), which is rendered first.
public enum TargetConfigLoader {
  /// The outcome of loading.
  public struct Loaded: Sendable {
    /// The decoded configuration, nil when errors prevent simulating it.
    public let config: PrometheusConfig?
    /// Findings, positioned in `source`.
    public let diagnostics: [Diagnostic]
    /// The text the diagnostics point into (the spec for a spec, else the file).
    public let source: SourceText
    /// True when the input was an sdgen spec.
    public let isSpec: Bool
  }

  /// Decodes `source` for `version`; a spec is rendered with the bundled zone list, then decoded.
  public static func load(_ source: SourceText, version: PrometheusVersion) -> Loaded {
    let decoder = ConfigDecoder(version: version)
    guard isSpec(source) else {
      let (config, diagnostics) = decoder.decode(source)
      let failed = diagnostics.contains { $0.severity == .error }
      return Loaded(config: failed ? nil : config, diagnostics: diagnostics, source: source, isSpec: false)
    }
    let rendered = ConfigRenderer.render(spec: source)
    guard let output = rendered.output else {
      return Loaded(config: nil, diagnostics: rendered.diagnostics, source: source, isSpec: true)
    }
    let renderedSource = SourceText(path: source.path + " (rendered)", text: output)
    let (config, diagnostics) = decoder.decode(renderedSource)
    if diagnostics.contains(where: { $0.severity == .error }) {
      return Loaded(config: nil, diagnostics: diagnostics, source: renderedSource, isSpec: true)
    }
    return Loaded(config: config, diagnostics: rendered.diagnostics, source: source, isSpec: true)
  }

  /// True when the first document is a mapping with a `jobs` key.
  public static func isSpec(_ source: SourceText) -> Bool {
    let document = YAMLParser().parse(source).document
    guard let root = document.root else { return false }
    let resolved = document.resolve(root)
    guard document[resolved].kind == .mapping else { return false }
    return document.value(forKey: "jobs", in: resolved) != nil
  }
}
