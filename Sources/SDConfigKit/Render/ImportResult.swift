/// What importing a prometheus.yml into a spec produced.
public struct ImportResult: Sendable {
  /// The spec text; nil when the configuration cannot be expressed exactly (see `diagnostics`).
  public var output: String?
  /// Why it could not, positioned in the imported file; notes about what was kept as written.
  public var diagnostics: [Diagnostic]
}
