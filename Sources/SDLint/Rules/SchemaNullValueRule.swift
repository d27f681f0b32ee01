import SDCore
import PrometheusModel

/// `schema/null-value`: a null value that silently replaces a non-zero default.
package struct SchemaNullValueRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaNullValue,
    summary: "A key with no value silently zeroes a setting whose default is not zero.",
    rationale: """
      yaml.v2 decodes a key written without a value as the zero value of its type, not as the default: \
      `port:` becomes port 0 instead of 80, `refresh_interval:` becomes 0, `metrics_path:` becomes an empty \
      path. Prometheus loads the file and then scrapes the wrong port or nothing at all, with no error.
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
              port:↓
      """),
    .flagged(
      """
      scrape_configs:
        - job_name: node
          metrics_path: ↓~
          static_configs:
            - targets: ['localhost:9100']
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              port: 9100
      """),
  ]
}
