import SDCore
import GCEFilter

/// `gce/filter-syntax`: a `filter` that is not valid Compute API filter syntax.
public struct GCEFilterSyntaxRule: GCEFilterFindingRule {
  public init() {}

  public let info = RuleInfo(
    id: "gce/filter-syntax",
    summary: "A gce_sd_configs filter does not parse as a Compute API filter.",
    rationale: """
      Prometheus sends the filter to the Compute API without checking it. The API answers every refresh \
      with HTTP 400, so the job discovers no targets at all and the only trace is an error in the \
      Prometheus log. The finding points at the column inside the string where parsing fails.
      """,
    defaultSeverity: .error)

  public let examples: [RuleExample] = [
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

  public func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }
}
