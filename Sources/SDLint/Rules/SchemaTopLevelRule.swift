import SDCore
import PrometheusModel

/// `schema/top-level`: a document that is not a mapping of sections.
package struct SchemaTopLevelRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: SchemaRule.topLevel,
    summary: "The document is a list or a scalar instead of a mapping of sections.",
    rationale: """
      prometheus.yml must be a mapping with sections such as global and scrape_configs. A file that starts \
      with `- job_name:` (a scrape_configs list pasted on its own) or holds a single string is refused \
      ("cannot unmarshal !!seq into config.plain").
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      ↓- job_name: node
        static_configs:
          - targets: ['localhost:9100']
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          static_configs:
            - targets: ['localhost:9100']
      """),
  ]
}
