import SDCore
import SDYAML
import PrometheusModel
import SDRender

/// Everything a spec rule may look at: the spec as written, as decoded and as rendered.
package struct SpecLintContext: Sendable {
  /// The spec file.
  package let source: SourceText
  /// The spec, parsed, decoded and rendered.
  package let rendered: RenderedSpec
  /// The options of this run.
  package let options: LintOptions
  private let reportedByRule: [RuleID: [Diagnostic]]

  /// Creates a context for `rendered`, the spec in `source`.
  package init(source: SourceText, rendered: RenderedSpec, options: LintOptions) {
    self.source = source
    self.rendered = rendered
    self.options = options
    self.reportedByRule = Dictionary(grouping: rendered.diagnostics, by: \.rule)
  }

  /// The decoded spec.
  package var spec: Spec { rendered.spec }

  /// What decoding and rendering reported under `rule`.
  package func reported(by rule: RuleID) -> [Diagnostic] {
    reportedByRule[rule] ?? []
  }

  /// Every relabel list of the spec's defaults and jobs, with the job it belongs to ("defaults" for those).
  package var relabelLists: [(owner: String, items: [RelabelListItem])] {
    ([spec.defaults] + spec.jobs).flatMap { job -> [(owner: String, items: [RelabelListItem])] in
      let owner = job.name.value.isEmpty ? "defaults" : job.name.value
      return [job.relabelConfigs, job.metricRelabelConfigs].compactMap { $0.map { (owner, $0) } }
    }
  }
}
