import SDCore
import PrometheusModel

/// `schema/version`: a key that needs a newer Prometheus than the one targeted.
package struct SchemaVersionRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaVersion,
    summary: "A key needs a newer Prometheus than the targeted version.",
    rationale: """
      Older Prometheus releases do not know keys added later and refuse the whole file with "field X not \
      found", exactly as for a typo. When the fleet still runs an older release (set it with \
      --prometheus-version or `prometheus_version` in .sdgen.yml), the finding names the release that \
      introduced the key instead of calling it unknown.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      ↓scrape_config_files:
        - jobs/*.yml
      """, version: PrometheusVersion(2, 42)),
    .flagged(
      """
      scrape_configs:
        - job_name: node
          ↓scrape_protocols: [PrometheusText0.0.4]
          static_configs:
            - targets: ['localhost:9100']
      """, version: PrometheusVersion(2, 42)),
    .clean(
      """
      scrape_config_files:
        - jobs/*.yml
      """, version: PrometheusVersion(2, 43)),
  ]
}
