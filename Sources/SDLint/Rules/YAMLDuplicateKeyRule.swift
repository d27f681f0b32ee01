import SDCore
import SDYAML

/// `yaml/duplicate-key`: a mapping key written twice.
package struct YAMLDuplicateKeyRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlDuplicateKey,
    summary: "A key appears more than once in the same mapping.",
    rationale: """
      Prometheus decodes strictly and refuses a repeated key ("field zone already set"); other YAML tools \
      silently keep the last value, so the mistake survives review. Every repeat is reported with the place \
      of the first.
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
              ↓zone: us-east1-c
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
            - project: ml-platform-a
              zone: us-east1-c
      """),
  ]
}
