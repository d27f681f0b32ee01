import SDCore
import PrometheusModel
import GoRegex

/// `relabel/unguarded-scrape-setting`: `__metrics_path__` or `__scheme__` set from a label that may be
/// missing, without a `(.+)` guard.
package struct RelabelUnguardedScrapeSettingRule: LintRule {
  package init() {}

  /// The target labels that set how a target is scraped and have no default after relabelling.
  static let settings = ["__metrics_path__", "__scheme__"]

  package let info = RuleInfo(
    id: .relabelUnguardedScrapeSetting,
    summary: "`__metrics_path__` or `__scheme__` is set from a label without a `(.+)` guard.",
    rationale: """
      A replace rule whose regex also matches the empty value (the default `(.*)`) runs for targets that do \
      not have the source label too. Its replacement is then empty, and an empty result deletes the target \
      label: the target loses `__metrics_path__` (and is scraped at an empty path) or `__scheme__` (and every \
      scrape fails), because the job's defaults are applied before relabelling, not after. `regex: (.+)` \
      makes the rule apply only where the label has a value, so the other targets keep the job's setting.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [↓__meta_gce_label_metrics_path]
              target_label: __metrics_path__
            - source_labels: [↓__meta_gce_label_scheme]
              regex: (https?)?
              target_label: __scheme__
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_label_metrics_path]
              regex: (.+)
              target_label: __metrics_path__
            - source_labels: [__meta_gce_label_scheme]
              target_label: __scheme__
              replacement: https
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for site in context.relabelSites where site.action == .replace && !site.isMetricRelabel {
      guard Self.settings.contains(site.targetLabel) else { continue }
      let rule = site.rule
      guard !rule.sourceLabels.isEmpty,
        let regex = site.regex(for: context.options.prometheusVersion),
        let match = regex.firstMatch(in: String(repeating: rule.separator, count: rule.sourceLabels.count - 1)),
        regex.regex.expand(rule.replacement, match: match).isEmpty,
        let place = site.sourceLabelNodes(in: context.document).first
      else { continue }
      let consequence =
        rule.targetLabel == "__scheme__"
        ? "every scrape of such a target fails" : "such a target is scraped at an empty path"
      findings.append(
        Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message: """
            a target without \(rule.sourceLabels.joined(separator: ", ")) loses \(rule.targetLabel) through this \
            rule, so \(consequence)
            """,
          range: context.document[place].range,
          help: "add regex: (.+) so the rule applies only where the label has a value"))
    }
    return findings
  }
}
