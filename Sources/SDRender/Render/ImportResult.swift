import SDCore

/// What importing a prometheus.yml into a spec produced.
package struct ImportResult: Sendable {
  /// The spec text; nil when the configuration cannot be expressed exactly (see `diagnostics`).
  package var output: String?
  /// Why it could not, positioned in the imported file; notes about what was kept as written.
  package var diagnostics: [Diagnostic]
}
