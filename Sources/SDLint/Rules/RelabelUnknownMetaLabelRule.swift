import SDCore
import SDYAML
import GCEKnowledge

/// `relabel/unknown-meta-label`: a source label naming a `__meta_gce_*` label GCE discovery never produces.
package struct RelabelUnknownMetaLabelRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .relabelSites }

  package let info = RuleInfo(
    id: "relabel/unknown-meta-label",
    summary: "A source label names a `__meta_gce_*` label that GCE service discovery never produces.",
    rationale: """
      Prometheus accepts any valid label name in `source_labels`, and a label that is never set reads as \
      an empty string. A misspelt prefix (`__meta_gce_lables_env`), a GCE label key written with a dash \
      (`__meta_gce_label_team-name`; Prometheus turns it into `_`), a per-tag label (`__meta_gce_tag_web`; \
      tags come as one `__meta_gce_tags` list) or an unknown name silently does nothing in a replace rule \
      and drops every target in a keep rule. Only jobs with `gce_sd_configs` are checked, since other \
      discovery mechanisms have their own labels. A `__meta_gce_*` label read in `metric_relabel_configs` is \
      reported too: Prometheus removes every `__meta_*` label after target relabelling. The severity is \
      warning even for a keep rule, because Prometheus loads the configuration; the message says when every \
      target is dropped.
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
            - source_labels: [↓__meta_gce_lables_env]
              regex: prod
              action: keep
            - source_labels: [__meta_gce_instance_name, ↓__meta_gce_label_team-name]
              target_label: owner
            - source_labels: [↓__meta_gce_tag_web]
              target_label: web
            - source_labels: [↓__meta_gce_zone_name]
              target_label: zone
          metric_relabel_configs:
            - source_labels: [↓__meta_gce_zone]
              target_label: zone
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_label_env]
              regex: prod
              action: keep
            - source_labels: [__meta_gce_label_team_name, __meta_gce_metadata_startup_script]
              target_label: owner
        - job_name: other
          static_configs:
            - targets: [localhost:9100]
          relabel_configs:
            - source_labels: [__meta_gce_lables_env]
              target_label: env
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    // Large files name the same few labels in every job; judge each name once.
    var verdicts: [TextKey: MetaLabelVerdict] = [:]
    for site in context.relabelSites {
      guard !site.gceSDConfigs.isEmpty else { continue }
      for (index, name) in site.rule.sourceLabels.enumerated() {
        if site.isMetricRelabel {
          guard name.hasPrefix(GCEMetaLabels.prefix),
            let id = site.sourceLabelNodes(in: context.document).dropFirst(index).first
          else { continue }
          findings.append(removedBeforeMetricRelabelling(name: name, node: context.document[id]))
          continue
        }
        let key = TextKey(name)
        let verdict: MetaLabelVerdict
        if let known = verdicts[key] {
          verdict = known
        } else {
          verdict = GCEMetaLabels.verdict(forSourceLabel: name)
          verdicts[key] = verdict
        }
        guard case .neverProduced(let reason, let suggestion) = verdict,
          let id = site.sourceLabelNodes(in: context.document).dropFirst(index).first
        else { continue }
        findings.append(
          diagnostic(name: name, reason: reason, suggestion: suggestion, node: context.document[id], site: site))
      }
    }
    return findings
  }

  /// A `__meta_gce_*` label read in metric_relabel_configs, after Prometheus removed it.
  private func removedBeforeMetricRelabelling(name: String, node: YAMLNode) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: """
        '\(name)' is removed after target relabelling, so metric_relabel_configs always reads it as empty
        """,
      range: node.range,
      help: "copy it into a target label in relabel_configs and read that label in metric_relabel_configs")
  }

  private func diagnostic(name: String, reason: String, suggestion: String?, node: YAMLNode, site: RelabelRuleSite)
    -> Diagnostic
  {
    let dropsAll = site.action == .keep && site.rule.sourceLabels.count == 1
    let consequence = dropsAll ? ", so this keep rule drops every target" : ", so it always reads as empty"
    var fixes: [Fix] = []
    if let suggestion {
      // Renaming is certain only when the written name is the suggestion before Prometheus's sanitising.
      let isExact = GCEMetaLabels.sanitize(name) == suggestion || name.lowercased() == suggestion
      fixes.append(
        Fix(
          title: "replace '\(name)' with '\(suggestion)'",
          edits: [TextEdit(range: node.range, replacement: suggestion)], isSafe: isExact))
    }
    return Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: "GCE service discovery never sets '\(name)'\(consequence)",
      range: node.range, help: reason, fixes: fixes)
  }
}
