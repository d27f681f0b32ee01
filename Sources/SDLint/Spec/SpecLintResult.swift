import SDCore
import SDRender

/// What linting a spec found, and what it was found in.
package struct SpecLintResult: Sendable {
  /// The findings, at spec lines, sorted.
  package let diagnostics: [Diagnostic]
  /// The spec, parsed, decoded and rendered.
  package let rendered: RenderedSpec
  /// The rendered configuration as the rules read it, with their findings at rendered lines; nil when the
  /// spec did not render.
  package let renderedConfig: LintedFile?
}
