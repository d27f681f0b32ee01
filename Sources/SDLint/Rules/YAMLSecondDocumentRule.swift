import SDCore
import SDYAML

/// `yaml/second-document`: content after the first YAML document, which Prometheus never reads.
package struct YAMLSecondDocumentRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlSecondDocument,
    summary: "The file holds more than one YAML document; Prometheus reads only the first.",
    rationale: """
      Prometheus decodes only the first document of prometheus.yml and ignores everything after a `---` \
      separator, even text that is not valid YAML. Jobs placed there are silently never scraped.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
      ↓---
      scrape_configs:
        - job_name: dashboard
      """),
    .clean(
      """
      ---
      scrape_configs:
        - job_name: node
      """),
  ]
}
