import SDCore
import GCEKnowledge
import PrometheusModel

/// `relabel/unguarded-public-ip`: `__address__` replaced from `__meta_gce_public_ip` also for instances
/// that have no external IP.
package struct RelabelUnguardedPublicIPRule: LintRule {
  package init() {}

  package let info = RuleInfo(
    id: .relabelUnguardedPublicIP,
    summary: "`__address__` is rewritten from `__meta_gce_public_ip` even for instances without an external IP.",
    rationale: """
      GCE discovery sets `__meta_gce_public_ip` only when the instance's first network interface has a \
      one-to-one NAT address. A replace rule into `__address__` whose regex also matches the empty value \
      (the default `(.*)`) runs for every other instance too: with `replacement: ${1}:9100` they are scraped \
      at `:9100`, and with the default replacement `__address__` is deleted and the target dropped. Neither \
      Prometheus nor promtool warns. A regex that needs a value (`(.+)`), or an earlier keep or drop on \
      `__meta_gce_public_ip`, guards the rule.
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
            - source_labels: [↓__meta_gce_public_ip]
              target_label: __address__
              replacement: '${1}:9100'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_public_ip]
              regex: '(.+)'
              target_label: __address__
              replacement: '${1}:9100'
        - job_name: edge
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_public_ip]
              regex: '.+'
              action: keep
            - source_labels: [__meta_gce_public_ip]
              target_label: __address__
              replacement: '${1}:9100'
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    let version = context.options.prometheusVersion
    var findings: [Diagnostic] = []
    let jobs = context.config.scrapeConfigs
    // By index, reading the source labels first: copying every job and rule would cost more than the check.
    for job in jobs.indices where !jobs[job].gceSDConfigs.isEmpty {
      var guarded = false
      for index in 0..<min(jobs[job].relabelConfigs.count, jobs[job].relabelConfigNodes.count) {
        guard jobs[job].relabelConfigs[index].sourceLabels.count == 1,
          jobs[job].relabelConfigs[index].sourceLabels[0] == GCEMetaLabels.publicIP
        else { continue }
        let rule = jobs[job].relabelConfigs[index]
        guard let regex = context.relabelRegex(rule.regex, version: version) else { continue }
        switch rule.knownAction {
        case .keep: guarded = guarded || !regex.matchesEmpty
        case .drop: guarded = guarded || regex.matchesEmpty
        case .replace where !guarded && rule.targetLabel == "__address__":
          let site = RelabelRuleSite(job: jobs[job], index: index, regexes: context.caches.regexes)
          if let finding = unguarded(site, regex: regex, context: context) { findings.append(finding) }
        default: break
        }
      }
    }
    return findings
  }

  private func unguarded(_ site: RelabelRuleSite, regex: RelabelRegex, context: LintContext) -> Diagnostic? {
    guard let match = regex.firstMatch(in: ""), let item = site.sourceLabelNodes(in: context.document).first
    else { return nil }
    let address = regex.regex.expand(site.rule.replacement, match: match)
    let consequence =
      address.isEmpty
      ? "lose __address__ and are dropped" : "get __address__ '\(address)'"
    return Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: "instances without an external NAT IP also match this rule, so they \(consequence)",
      range: context.document[item].range,
      help: """
        write regex: '(.+)' so only instances with an external IP are rewritten, or keep only those \
        instances with an earlier rule
        """)
  }
}
