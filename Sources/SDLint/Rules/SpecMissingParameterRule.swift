import SDCore
import SDYAML
import SDRender

/// `spec/missing-parameter`: a template is used without a value for a parameter that has no default.
package struct SpecMissingParameterRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specMissingParameter,
    summary: "A template is used without a value for a parameter that has no default.",
    rationale: """
      The template's rules cannot be filled in without the value, so the use must pass it under `with:`.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      SpecRules.keepEnvTemplateSpec + """
            - use: ↓keep-env
      """),
    .clean(
      SpecRules.keepEnvTemplateSpec + """
            - use: keep-env
              with: {env: prod}
      """),
  ]
}
