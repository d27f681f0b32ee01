import SDCore
import PrometheusModel

/// `schema/duplicate-job`: two scrape configs with the same job name.
package struct SchemaDuplicateJobRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaDuplicateJob,
    summary: "A job name is used by more than one scrape config.",
    rationale: """
      Job names identify scrape pools, so Prometheus refuses a file in which two scrape configs share one \
      ("found multiple scrape configs with job name \\"node\\""), also across the files scrape_config_files \
      pulls in. Copying a job block to add a zone is the usual cause. The finding is at the second name and \
      notes the first.
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
        - job_name: ↓node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-c
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
            - project: ml-platform-a
              zone: us-east1-c
      """),
  ]
}
