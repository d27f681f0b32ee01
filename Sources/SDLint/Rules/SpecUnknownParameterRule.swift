import SDCore
import SDYAML
import SDRender

/// `spec/unknown-parameter`: a `with:` argument or `{{name}}` reference names a parameter the template does not declare.
package struct SpecUnknownParameterRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: SpecRuleID.unknownParameter,
    summary: "A `with:` argument or `{{name}}` reference names a parameter the template does not declare.",
    rationale: """
      An argument the template does not take is ignored and a reference to an undeclared parameter cannot be \
      filled in; both are usually a misspelling of a declared parameter.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      templates:
        keep-env:
          parameters: {env: string}
          rules:
            - source_labels: [__meta_gce_label_env]
              regex: '{{env}}'
              action: keep
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: keep-env
              with: {env: prod, ↓envv: prod}
      """),
    .clean(
      """
      templates:
        keep-env:
          parameters: {env: string}
          rules:
            - source_labels: [__meta_gce_label_env]
              regex: '{{env}}'
              action: keep
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: keep-env
              with: {env: prod}
      """),
  ]
}
