import SDCore
import PrometheusModel

/// `schema/top-level`: a document that is not a mapping of sections.
package struct SchemaTopLevelRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaTopLevel,
    summary: "The document is a list or a scalar instead of a mapping of sections.",
    rationale: """
      prometheus.yml must be a mapping with sections such as global and scrape_configs. A file that is a \
      list of strings or holds a single string is refused ("cannot unmarshal !!seq into config.plain"). A \
      list of scrape configs is a fragment (`schema/fragment`) and is linted as one.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      ↓- localhost:9100
      - localhost:9090
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
