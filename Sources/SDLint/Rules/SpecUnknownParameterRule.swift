import SDCore
import SDYAML
import SDRender

/// `spec/unknown-parameter`: a `with:` argument or `{{name}}` reference names a parameter the template does not declare.
package struct SpecUnknownParameterRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnknownParameter,
    summary: "A `with:` argument or `{{name}}` reference names a parameter the template does not declare.",
    rationale: """
      An argument the template does not take is ignored and a reference to an undeclared parameter cannot be \
      filled in; both are usually a misspelling of a declared parameter.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      SpecRules.keepEnvTemplateSpec + """
            - use: keep-env
              with: {env: prod, ↓envv: prod}
      """),
    .clean(
      SpecRules.keepEnvTemplateSpec + """
            - use: keep-env
              with: {env: prod}
      """),
  ]
}
