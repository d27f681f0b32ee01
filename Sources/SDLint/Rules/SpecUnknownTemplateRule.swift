import SDCore
import SDYAML
import SDRender

/// `spec/unknown-template`: a `use:` names a template that neither the spec nor sdgen ships.
package struct SpecUnknownTemplateRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnknownTemplate,
    summary: "A `use:` names a template that neither the spec nor sdgen ships.",
    rationale: """
      A misspelt template name would drop the relabel rules the job relies on; the finding suggests the nearest \
      template.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: ↓instance-nam
      """),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: instance-name
      """),
  ]
}
