import SDCore
import GCEKnowledge
import PrometheusModel
import GoRegex

/// `relabel/metadata-labelmap`: a `labelmap` that copies every GCE metadata entry into target labels.
package struct RelabelMetadataLabelmapRule: LintRule {
  package init() {}

  /// Metadata keys most instances carry whose values must never become labels.
  static let sensitiveKeys = ["startup_script", "ssh_keys"]

  package let info = RuleInfo(
    id: .relabelMetadataLabelmap,
    summary: "A labelmap copies every __meta_gce_metadata_* label, startup scripts and ssh keys included.",
    rationale: """
      GCE discovery turns every instance metadata entry into a `__meta_gce_metadata_<key>` label, and \
      metadata holds `startup-script` (often with credentials in it) and `ssh-keys`. A `labelmap` with a \
      regex such as `__meta_gce_metadata_(.+)` copies all of them into target labels: the secrets end up in \
      every series of the target, in the TSDB, in remote storage and in the targets page, and a multi-kilobyte \
      script makes every series huge. Map only the keys you need, e.g. `__meta_gce_metadata_(role|team)`.
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
            - action: labelmap
              regex: ↓__meta_gce_metadata_(.+)
            - action: labelmap
              regex: ↓__meta_gce_(.+)
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - action: labelmap
              regex: __meta_gce_metadata_(role|team)
            - action: labelmap
              regex: __meta_gce_label_(.+)
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for site in context.relabelSites
    where site.action == .labelmap && !site.isMetricRelabel && !site.gceSDConfigs.isEmpty {
      guard let regex = site.regex(for: context.options.prometheusVersion),
        let copied = Self.sensitiveKeys.first(where: { copies(regex, GCEMetaLabels.metadataPrefix + $0, site.rule) }),
        let place = site.nodes.valueNode(RelabelConfig.Field.regex.rawValue)
          ?? site.nodes.valueNode(RelabelConfig.Field.action.rawValue)
      else { continue }
      findings.append(
        Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message: """
            this labelmap copies every instance metadata entry into target labels, '\(copied)' included, \
            which puts startup scripts and ssh keys into every series
            """,
          range: context.document[place].range,
          help: "map only the metadata keys you need, e.g. regex: __meta_gce_metadata_(role|team)"))
    }
    return findings
  }

  /// True when the labelmap gives the label `name` a copy that survives relabelling (a name without `__`).
  private func copies(_ regex: RelabelRegex, _ name: String, _ rule: RelabelConfig) -> Bool {
    guard let match = regex.firstMatch(in: name) else { return false }
    let copy = regex.regex.expand(rule.replacement, match: match)
    return !copy.isEmpty && !copy.hasPrefix("__")
  }
}
