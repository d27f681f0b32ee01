import SDCore
import SDYAML
import SDRender

/// `spec/ignored-section`: a Prometheus section of the spec that `render --base` does not use.
package struct SpecIgnoredSectionRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specIgnoredSection,
    summary: "With `render --base`, a Prometheus section written in the spec is not used.",
    rationale: """
      `--base` adds the spec's jobs to an existing prometheus.yml and keeps that file's own sections as \
      written, so a `global:` or `rule_files:` in the spec has no effect there. Move the section into the base \
      file, or render without `--base`.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      ↓global:
        scrape_interval: 30s
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
      """, base: "global:\n  scrape_interval: 15s\nscrape_configs: []\n"),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
      """, base: "global:\n  scrape_interval: 15s\nscrape_configs: []\n"),
  ]
}
