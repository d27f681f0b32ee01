import SDCore
import PrometheusModel

/// `schema/type`: a value of the wrong type or syntax.
package struct SchemaTypeRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaType,
    summary: "A value has the wrong type or syntax for its key.",
    rationale: """
      Prometheus reads values with yaml.v2's scalar rules: a quoted number is a string and cannot be an \
      int ("cannot unmarshal !!str `9100` into int"), `1.5m` is not a duration, `yes` is not a boolean in \
      every position. Any of them makes Prometheus refuse the file. The finding points at the value and \
      says what the key expects.
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
              port: ↓"9100"
      """),
    .flagged(
      """
      global:
        scrape_interval: ↓1.5m
      """),
    .clean(
      """
      global:
        scrape_interval: 90s
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              port: 9100
      """),
  ]
}
