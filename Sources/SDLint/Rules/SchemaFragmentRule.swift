import SDCore
import PrometheusModel

/// `schema/fragment`: a file that is a bare list of scrape configs, linted as such.
package struct SchemaFragmentRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .schemaFragment,
    summary: "The file is a bare list of scrape configs, linted as the scrape_configs of a prometheus.yml.",
    rationale: """
      Prometheus Operator's `additionalScrapeConfigs`, Helm charts' `extraScrapeConfigs` and snippets in docs \
      hold a list of scrape configs without the `scrape_configs:` key. Prometheus itself refuses such a file \
      as prometheus.yml, but where it is meant to be a fragment every job in it deserves the same checks, so \
      it is linted as the `scrape_configs` list of an otherwise empty configuration and this note says so.
      """,
    defaultSeverity: .info)

  package let examples: [RuleExample] = [
    .flagged(
      """
      ↓- job_name: node
        gce_sd_configs:
          - project: ml-platform-a
            zone: us-east1-b
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
      """),
  ]
}
