import SDCore
import GCEFilter

/// `gce/filter-url-field`: a URL-valued field such as `zone` or `machineType` compared with a short name.
package struct GCEFilterURLFieldRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceFilterURLField,
    summary: "A gce_sd_configs filter compares a URL-valued field with a short name.",
    rationale: """
      Fields such as `zone`, `machineType` and `networkInterfaces.network` hold full resource URLs. \
      `machineType = "e2-medium"` therefore matches nothing and the job silently discovers no targets. \
      Compare with the full URL or use the regex dialect (`machineType eq ".*/e2-medium"`).
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
              filter: '(↓machineType = "e2-medium")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(machineType eq ".*/e2-medium")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.urlFieldShortName]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }
}
