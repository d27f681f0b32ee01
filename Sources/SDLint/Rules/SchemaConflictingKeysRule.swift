import SDCore
import PrometheusModel

/// `schema/conflicting-keys`: settings of which Prometheus accepts only one.
package struct SchemaConflictingKeysRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaConflictingKeys,
    summary: "Two settings exclude each other (bearer_token and bearer_token_file, basic_auth and oauth2, …).",
    rationale: """
      An HTTP client can authenticate in one way only, so Prometheus refuses a scrape config that sets \
      both a bearer token and a token file, or basic_auth together with authorization or oauth2 ("at most \
      one of bearer_token & bearer_token_file must be configured"), and the whole file fails to load. \
      Discovery entries are checked the same way (their HTTP client checks run from Prometheus 2.48 for \
      ec2, lightsail, azure, http, puppetdb and uyuni), as are their own exclusions: a Kubernetes \
      kubeconfig_file with api_server or with HTTP client settings, Marathon's auth_token with other \
      credentials, Consul's token with authorization or oauth2.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: api
          bearer_token: secret
          ↓bearer_token_file: /etc/prometheus/token
          static_configs:
            - targets: ['api:8080']
      """),
    .clean(
      """
      scrape_configs:
        - job_name: api
          bearer_token_file: /etc/prometheus/token
          static_configs:
            - targets: ['api:8080']
      """),
  ]
}
