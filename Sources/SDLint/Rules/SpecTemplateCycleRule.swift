import SDCore
import SDYAML
import SDRender

/// `spec/template-cycle`: templates use each other in a loop.
package struct SpecTemplateCycleRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specTemplateCycle,
    summary: "Templates use each other in a loop.",
    rationale: """
      A template that uses itself, directly or through others, can never be expanded; the finding names the chain.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      templates:
        a:
          - use: b
        b:
          - use: ↓a
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: a
      """),
    .clean(
      """
      templates:
        a:
          - use: b
        b:
          - use: instance-name
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: a
      """),
  ]
}
