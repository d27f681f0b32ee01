import SDCore
import SDYAML
import PrometheusModel
import SDRender

/// A rule that checks an sdgen spec (`sdgen.yml`) where it is written.
///
/// Spec rules find nothing in a prometheus.yml; the rules that check a rendered configuration run on what
/// the spec renders to, and their findings are moved back to the spec lines (`SpecLinter`).
package protocol SpecRule: LintRule {
  /// The findings of this rule in one spec, at the rule's default severity.
  func check(spec context: SpecLintContext) -> [Diagnostic]
}

extension SpecRule {
  /// A spec rule has nothing to say about a prometheus.yml.
  package func check(_ context: LintContext) -> [Diagnostic] { [] }
}

/// A spec rule whose findings are made while decoding or rendering the spec.
package protocol SpecReportedRule: SpecRule {}

extension SpecReportedRule {
  /// What decoding and rendering reported under this rule's id.
  package func check(spec context: SpecLintContext) -> [Diagnostic] {
    context.reported(by: info.id)
  }
}
