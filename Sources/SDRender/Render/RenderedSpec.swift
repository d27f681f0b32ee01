import SDCore
import SDYAML
import GCEKnowledge

/// A spec rendered into prometheus.yml text, with what checking it needs: the decoded spec, its parsed
/// document and where each rendered node comes from.
package struct RenderedSpec: Sendable {
  /// The spec's parsed document (the nodes that `sourceMap` origins name).
  package let document: YAMLDocument
  /// The decoded spec.
  package let spec: Spec
  /// The rendered text, with the generated-file header; nil when the spec has errors that prevent it.
  package let text: String?
  /// The rendered value (nil when `text` is).
  package let value: YAMLValue?
  /// Where each rendered node comes from.
  package let sourceMap: SpecSourceMap
  /// What decoding and rendering found, at spec positions.
  package let diagnostics: [Diagnostic]

  /// Parses, decodes and renders `source` against `zones`.
  package init(_ source: SourceText, zones: ZoneCatalogue) {
    let parsed = YAMLParser().parse(source)
    let decoded = SpecDecoder.decode(parsed: parsed)
    document = parsed.document
    spec = decoded.spec
    // YAML-level failures leave nothing to render; spec-level ones still let rendering find more.
    guard !decoded.diagnostics.contains(where: { $0.severity == .error && $0.rule.category == "yaml" }) else {
      text = nil
      value = nil
      sourceMap = SpecSourceMap()
      diagnostics = decoded.diagnostics
      return
    }
    var renderer = SpecRenderer(spec: decoded.spec, shippedTemplates: ShippedTemplates.all, zones: zones)
    let rendered = renderer.render()
    sourceMap = renderer.sourceMap
    diagnostics = decoded.diagnostics + rendered.diagnostics
    let failed = diagnostics.contains { $0.severity == .error }
    value = failed ? nil : rendered.value
    text = failed ? nil : ConfigRenderer.header + YAMLWriter().write(rendered.value)
  }
}
