import SDCore

/// What rendering a spec produced: the prometheus.yml text, or the problems that prevent it.
public struct RenderResult: Sendable {
  /// The rendered text; nil when any diagnostic is an error.
  public var output: String?
  /// Every problem found, in source order (warnings may accompany an output).
  public var diagnostics: [Diagnostic]

  /// A result of `output` (nil when nothing may be written) and `diagnostics`.
  package init(output: String?, diagnostics: [Diagnostic]) {
    self.output = output
    self.diagnostics = diagnostics
  }
}
