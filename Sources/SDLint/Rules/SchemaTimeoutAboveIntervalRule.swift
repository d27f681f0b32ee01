import SDCore
import PrometheusModel

/// `schema/timeout-above-interval`: a scrape timeout longer than the scrape interval.
package struct SchemaTimeoutAboveIntervalRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaTimeoutAboveInterval,
    summary: "A scrape timeout is longer than the scrape interval it applies to.",
    rationale: """
      A scrape must finish before the next one starts, so Prometheus refuses a timeout above the interval \
      ("scrape timeout greater than scrape interval for scrape config with job name \\"node\\""). The \
      interval may be inherited from global, which makes the mistake easy to miss when only the job's \
      timeout is raised.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      global:
        scrape_interval: 15s
      scrape_configs:
        - job_name: node
          scrape_timeout: ↓20s
          static_configs:
            - targets: ['localhost:9100']
      """),
    .clean(
      """
      global:
        scrape_interval: 15s
      scrape_configs:
        - job_name: node
          scrape_interval: 30s
          scrape_timeout: 20s
          static_configs:
            - targets: ['localhost:9100']
      """),
  ]
}
