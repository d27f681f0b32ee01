import SDCore
import PrometheusModel

/// `schema/required`: a value Prometheus needs is missing or empty.
package struct SchemaRequiredRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaRequired,
    summary: "A required value (job_name, a GCE project or zone, a Kubernetes role, …) is missing or empty.",
    rationale: """
      Prometheus refuses a scrape config without a job_name ("job_name is empty"), a gce_sd_configs \
      entry without a project or zone ("GCE SD configuration requires a project"), and every other \
      discovery entry without what its mechanism needs: a Kubernetes role, an Azure subscription_id (and, \
      with the default OAuth authentication, tenant_id, client_id and client_secret), a file_sd path, an \
      http_sd URL, a Marathon server, and so on. The whole file then fails to load. The finding sits on \
      the entry that lacks the value and quotes Prometheus's own error.
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
    .flagged(
      """
      scrape_configs:
        - job_name: azure
          azure_sd_configs:
            - ↓subscription_id: 11111111-2222-3333-4444-555555555555
              client_id: prometheus
              client_secret: s3cret
        - job_name: k8s
          kubernetes_sd_configs:
            - ↓namespaces:
                names: [monitoring]
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
        - job_name: azure
          azure_sd_configs:
            - subscription_id: 11111111-2222-3333-4444-555555555555
              authentication_method: ManagedIdentity
        - job_name: k8s
          kubernetes_sd_configs:
            - role: pod
      """),
  ]
}
