import SDCore
import PrometheusModel

/// `schema/misplaced-key`: a valid key written in the wrong block.
package struct SchemaMisplacedKeyRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaMisplacedKey,
    summary: "A key belongs to another block than the one it is written in.",
    rationale: """
      A key dedented by one level lands in the enclosing block: `port: 3000` under a scrape config instead \
      of its gce_sd_configs entry. Prometheus refuses the file ("field port not found in type \
      config.ScrapeConfig") without saying where the key belongs; the finding names the block it belongs in.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: dashboard
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-c
          ↓port: 3000
      """),
    .flagged(
      """
      scrape_configs:
        - job_name: node
          ↓zone: us-east1-b
          gce_sd_configs:
            - project: ml-platform-a
      """),
    .clean(
      """
      scrape_configs:
        - job_name: dashboard
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-c
              port: 3000
      """),
  ]
}
