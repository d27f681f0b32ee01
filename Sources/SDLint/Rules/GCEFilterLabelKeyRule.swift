import SDCore
import GCEFilter

/// `gce/filter-label-key`: a label key with upper-case letters, which no GCE label has.
package struct GCEFilterLabelKeyRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceFilterLabelKey,
    summary: "A gce_sd_configs filter names a label key with upper-case letters.",
    rationale: """
      GCE label keys are always lower case, and the API compares keys exactly, so `labels.Env` never \
      matches: the job silently discovers no targets.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(↓labels.Env = "prod")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(labels.env = "Prod")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.uppercaseLabelKey]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }
}
