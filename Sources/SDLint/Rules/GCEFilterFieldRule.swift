import SDCore
import GCEFilter

/// `gce/filter-field`: a filter on a field the Instance resource lacks, or on a repeated field.
package struct GCEFilterFieldRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceFilterField,
    summary: "A gce_sd_configs filter names an unknown instance field or a repeated field.",
    rationale: """
      The Compute API answers HTTP 400 for a filter on a field the Instance resource does not have \
      (`state`, `machine_type`) and for one on a repeated field (`tags.items`, `networkInterfaces.network`), \
      so the job discovers nothing. Select on repeated fields with relabel_configs \
      (`__meta_gce_tags`, `__meta_gce_network`) instead.
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
              filter: '(↓state = "RUNNING")'
            - project: ml-platform-a
              zone: us-east1-c
              filter: '(↓tags.items = "node-exporter")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status = "RUNNING") AND (machineType = "https://www.googleapis.com/compute/v1/x")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.unknownField, .repeatedField]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }
}
