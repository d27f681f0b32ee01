import SDCore
import SDYAML

/// `yaml/syntax`: text that is not valid YAML, with a hint when indentation is the cause.
package struct YAMLSyntaxRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlSyntax,
    summary: "The file is not valid YAML.",
    rationale: """
      Prometheus refuses to load a configuration that is not valid YAML and keeps running the old one. \
      Most syntax errors in hand-edited files are indentation mistakes: a key indented deeper than its \
      sibling, or a key that lines up with no enclosing block. sdgen names the sibling and the column to use.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: dashboard
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-c
          port: 3000
              filter↓: '(status="RUNNING")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: dashboard
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-central1-c
              port: 3000
              filter: '(status="RUNNING")'
      """),
  ]
}
