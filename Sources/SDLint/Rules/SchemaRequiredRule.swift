import SDCore
import PrometheusModel

/// `schema/required`: a value Prometheus needs is missing or empty.
package struct SchemaRequiredRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: SchemaRule.required,
    summary: "A required value (job_name, a GCE project or zone, …) is missing or empty.",
    rationale: """
      Prometheus refuses a scrape config without a job_name ("job_name is empty") and a gce_sd_configs \
      entry without a project or zone ("GCE SD configuration requires a project"), so the whole file fails \
      to load. The finding sits on the entry that lacks the value.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - ↓project: ml-platform-a
              port: 9100
      """),
    .flagged(
      """
      scrape_configs:
        - ↓static_configs:
            - targets: ['localhost:9090']
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
      """),
  ]
}
