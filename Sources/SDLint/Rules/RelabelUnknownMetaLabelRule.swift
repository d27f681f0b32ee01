import GCEKnowledge
import PrometheusModel
import SDCore
import SDYAML

/// `relabel/unknown-meta-label`: a source label naming a `__meta_*` label no discovery mechanism of its job sets.
package struct RelabelUnknownMetaLabelRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .relabelSites }

  package let info = RuleInfo(
    id: .relabelUnknownMetaLabel,
    summary: "A source label names a `__meta_*` label that no discovery mechanism of the job ever sets.",
    rationale: """
      Prometheus accepts any valid label name in `source_labels`, and a label that is never set reads as \
      an empty string. Each discovery mechanism sets its own `__meta_<name>_*` labels, so a misspelt name \
      (`__meta_gce_lables_env`, `__meta_ec2_tags_env`), a prefix with one underscore (`_meta_ec2_tag_name`), \
      a name the mechanism does not have (`__meta_azure_name`; it is `__meta_azure_machine_name`), a GCE \
      label key written with a dash (`__meta_gce_label_team-name`; Prometheus turns it into `_`) or a label \
      of a mechanism the job does not use (`__meta_gce_zone` in a Consul-only job) silently does nothing \
      in a replace rule and drops every target in a keep rule. Names are checked against a catalogue of \
      every mechanism's labels, built from Prometheus's sources; jobs with file or HTTP discovery, or with \
      `__meta_*` labels in `static_configs`, are not checked, since their target groups may carry any \
      label. A `__meta_*` label read in `metric_relabel_configs` is reported too: Prometheus removes every \
      `__meta_*` label after target relabelling. The finding is an error for a keep rule on that one \
      label whose regex does not match the empty string (the job scrapes nothing), a warning otherwise.
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
        - job_name: ec2
          ec2_sd_configs:
            - region: eu-west-1
          relabel_configs:
            - source_labels: [↓_meta_ec2_tag_name]
              regex: web-.*
              action: keep
            - source_labels: [↓__meta_ec2_tags_team]
              target_label: team
        - job_name: azure
          azure_sd_configs:
            - subscription_id: 11111111-2222-3333-4444-555555555555
              authentication_method: ManagedIdentity
          relabel_configs:
            - source_labels: [↓__meta_azure_name]
              target_label: instance
        - job_name: consul
          consul_sd_configs:
            - server: consul:8500
          relabel_configs:
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
        - job_name: ec2
          ec2_sd_configs:
            - region: eu-west-1
          relabel_configs:
            - source_labels: [__meta_ec2_tag_Name, __meta_ec2_private_ip]
              target_label: instance
        - job_name: k8s
          kubernetes_sd_configs:
            - role: pod
          relabel_configs:
            - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
              regex: "true"
              action: keep
        - job_name: files
          file_sd_configs:
            - files: [targets/*.json]
          relabel_configs:
            - source_labels: [__meta_datacenter]
              target_label: dc
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    // Large files name the same few labels in every job; judge each name once per set of mechanisms.
    var gceVerdicts: [TextKey: MetaLabelVerdict] = [:]
    var catalogueFindings: [CatalogueKey: MetaLabelFinding?] = [:]
    for site in context.relabelSites {
      let usesGCE = site.discovery.contains(.gce)
      for (index, name) in site.sourceLabels.enumerated() {
        if site.isMetricRelabel {
          guard name.hasPrefix(MetaLabelCatalogue.metaPrefix),
            let id = site.sourceLabelNodes(in: context.document).dropFirst(index).first
          else { continue }
          findings.append(removedBeforeMetricRelabelling(name: name, node: context.document[id]))
          continue
        }
        guard MetaLabelCatalogue.mayConcern(name) else { continue }
        let key = TextKey(name)
        if usesGCE {
          let verdict: MetaLabelVerdict
          if let known = gceVerdicts[key] {
            verdict = known
          } else {
            verdict = GCEMetaLabels.verdict(forSourceLabel: name)
            gceVerdicts[key] = verdict
          }
          if case .neverProduced(let reason, let suggestion) = verdict {
            guard let id = site.sourceLabelNodes(in: context.document).dropFirst(index).first else { continue }
            findings.append(
              gceDiagnostic(
                name: name, reason: reason, suggestion: suggestion, node: context.document[id], site: site,
                version: context.options.prometheusVersion))
          }
          if verdict != .notGCE { continue }
        }
        let catalogueKey = CatalogueKey(name: key, discovery: site.discovery)
        let finding: MetaLabelFinding?
        if let known = catalogueFindings[catalogueKey] {
          finding = known
        } else {
          finding = MetaLabelCatalogue.finding(for: name, in: site.discovery)
          catalogueFindings[catalogueKey] = .some(finding)
        }
        guard let finding, let id = site.sourceLabelNodes(in: context.document).dropFirst(index).first else {
          continue
        }
        findings.append(
          catalogueDiagnostic(
            name: name, finding: finding, node: context.document[id], site: site,
            version: context.options.prometheusVersion))
      }
    }
    return findings
  }

  /// A name and the mechanisms of the job that reads it: what a catalogue verdict depends on.
  private struct CatalogueKey: Hashable {
    let name: TextKey
    let discovery: JobDiscovery
  }

  /// True when the rule is a keep on this one label alone whose regex cannot match the empty string it
  /// reads, so the job keeps no target.
  private func keepsNothing(_ site: RelabelRuleSite, version: PrometheusVersion) -> Bool {
    guard site.action == .keep, site.rule.sourceLabels.count == 1, let regex = site.regex(for: version) else {
      return false
    }
    return !regex.matchesEmpty
  }

  /// What reading the empty value does to the rule.
  private func consequence(_ site: RelabelRuleSite, keepsNothing: Bool) -> String {
    if keepsNothing { return ", so this keep rule drops every target and the job scrapes nothing" }
    return site.action == .keep && site.rule.sourceLabels.count == 1
      ? ", so this keep rule drops every target" : ", so it always reads as empty"
  }

  private func catalogueDiagnostic(
    name: String, finding: MetaLabelFinding, node: YAMLNode, site: RelabelRuleSite, version: PrometheusVersion
  ) -> Diagnostic {
    diagnostic(
      name: name, problem: finding.problem, help: finding.help ?? finding.suggestion.map { "did you mean '\($0)'?" },
      suggestion: finding.suggestion, isSafe: MetaLabelCatalogue.correctedPrefix(name) == finding.suggestion,
      node: node, site: site, version: version)
  }

  /// The finding on `name`, an error when the keep rule can then keep nothing, with a fix to `suggestion`.
  private func diagnostic(
    name: String, problem: String, help: String?, suggestion: String?, isSafe: Bool, node: YAMLNode,
    site: RelabelRuleSite, version: PrometheusVersion
  ) -> Diagnostic {
    let dropsAll = keepsNothing(site, version: version)
    let fixes = suggestion.map {
      [
        Fix(
          title: "replace '\(name)' with '\($0)'", edits: [TextEdit(range: node.valueRange, replacement: $0)], isSafe: isSafe
        )
      ]
    }
    return Diagnostic(
      rule: info.id, severity: dropsAll ? .error : info.defaultSeverity,
      message: problem + consequence(site, keepsNothing: dropsAll), range: node.range, help: help, fixes: fixes ?? [])
  }

  /// A `__meta_*` label read in metric_relabel_configs, after Prometheus removed it.
  private func removedBeforeMetricRelabelling(name: String, node: YAMLNode) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: """
        '\(name)' is removed after target relabelling, so metric_relabel_configs always reads it as empty
        """,
      range: node.range,
      help: "copy it into a target label in relabel_configs and read that label in metric_relabel_configs")
  }

  private func gceDiagnostic(
    name: String, reason: String, suggestion: String?, node: YAMLNode, site: RelabelRuleSite,
    version: PrometheusVersion
  ) -> Diagnostic {
    // Renaming is certain only when the written name is the suggestion before Prometheus's sanitising.
    let isExact = GCEMetaLabels.sanitize(name) == suggestion || name.lowercased() == suggestion
    return diagnostic(
      name: name, problem: "GCE service discovery never sets '\(name)'", help: reason, suggestion: suggestion,
      isSafe: isExact, node: node, site: site, version: version)
  }
}
