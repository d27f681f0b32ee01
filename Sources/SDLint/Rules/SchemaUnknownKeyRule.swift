import SDCore
import PrometheusModel

/// `schema/unknown-key`: a key Prometheus does not know in its block.
package struct SchemaUnknownKeyRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaUnknownKey,
    summary: "A key is not one Prometheus knows in this block.",
    rationale: """
      Prometheus decodes prometheus.yml strictly: one misspelt key ("field refresh_intervall not found in \
      type gce.plain") makes it refuse the whole file at startup or reload, and the old configuration keeps \
      running. Every block is checked, the blocks of every `*_sd_configs` mechanism included. The finding \
      names a key with a similar name when there is one, lists the valid keys, and offers a safe fix when \
      exactly one key is close; for the Kubernetes keys that Prometheus 1.0 removed (`api_servers`, \
      `in_cluster`, `retry_interval`) it says what replaced them.
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
              ↓refresh_intervall: 2m
      """),
    .flagged(
      """
      global:
        ↓scrape_intervals: 30s
      """),
    .flagged(
      """
      scrape_configs:
        - job_name: k8s
          kubernetes_sd_configs:
            - role: node
              ↓api_servers: [https://k8s.example.com]
              ↓in_cluster: true
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              refresh_interval: 2m
      """),
  ]
}
