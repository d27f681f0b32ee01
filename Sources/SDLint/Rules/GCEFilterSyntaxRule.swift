import SDCore
import GCEFilter

/// `gce/filter-syntax`: a `filter` that is not valid Compute API filter syntax.
package struct GCEFilterSyntaxRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceFilterSyntax,
    summary: "A gce_sd_configs filter does not parse as a Compute API filter.",
    rationale: """
      Prometheus sends the filter to the Compute API without checking it. The API answers every refresh \
      with HTTP 400, so the job discovers no targets at all and the only trace is an error in the \
      Prometheus log. The finding points at the column inside the string where parsing fails.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status="RUNNING") AND ↓)'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status="RUNNING") AND (labels.role="node")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.syntax]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }
}
