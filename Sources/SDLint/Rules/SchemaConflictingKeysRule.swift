import SDCore
import PrometheusModel

/// `schema/conflicting-keys`: settings of which Prometheus accepts only one.
package struct SchemaConflictingKeysRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: SchemaRule.conflictingKeys,
    summary: "Two settings exclude each other (bearer_token and bearer_token_file, basic_auth and oauth2, …).",
    rationale: """
      An HTTP client can authenticate in one way only, so Prometheus refuses a scrape config that sets \
      both a bearer token and a token file, or basic_auth together with authorization or oauth2 ("at most \
      one of bearer_token & bearer_token_file must be configured"), and the whole file fails to load.
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
