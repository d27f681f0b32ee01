import SDCore
import GCEKnowledge
import SDYAML
import PrometheusModel

/// `gce/no-status-filter`: a `gce_sd_configs` entry whose filter does not restrict `status`.
package struct GCENoStatusFilterRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .filterProblems }

  package let info = RuleInfo(
    id: .gceNoStatusFilter,
    summary: "A gce_sd_configs entry has no status condition, so stopped instances become targets.",
    rationale: """
      GCE discovery returns instances in every state. Without a status condition in the filter, stopped, \
      suspended and terminated VMs become targets that are always down, which fires `up == 0` alerts for \
      machines nobody expects to run. Adding `(status="RUNNING")` keeps only running instances. The \
      finding is made once per job, at its first entry without a status condition, and not at all when \
      the job's relabel_configs keep only RUNNING instances (a keep on `__meta_gce_instance_status`).
      """,
    defaultSeverity: .info)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - ↓project: ml-platform-a
              zone: us-east1-b
              port: 9100
            - project: ml-platform-a
              zone: us-east1-c
              port: 9100
        - job_name: web
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-c
              filter: ↓'(labels.role="web")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status="RUNNING") AND (labels.role="node")'
        - job_name: web
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_instance_status]
              regex: RUNNING
              action: keep
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var reported = Set<SourceRange>()
    let statusless = context.filterProblems.statusless
    let jobs = context.config.scrapeConfigs
    // By index: `for job in jobs` would retain and release every field of each job.
    for job in jobs.indices {
      // One finding per job, at its first entry without a status condition, counting the others.
      var first: Diagnostic?
      var others = 0
      for config in jobs[job].gceSDConfigs {
        guard let finding = check(config, jobNode: jobs[job].node, statusless: statusless, in: context),
          reported.insert(finding.range).inserted
        else { continue }
        if first == nil { first = finding } else { others += 1 }
      }
      // Asked only for a job with a finding: most jobs of large files filter on status.
      guard var finding = first, !Self.keepsOnlyRunning(jobs[job].relabelConfigs, regexes: context.caches.regexes)
      else { continue }
      if others > 0 {
        finding.notes.append(
          "\(others) more gce_sd_configs \(others == 1 ? "entry" : "entries") of this job \(others == 1 ? "has" : "have") "
            + "no status condition either")
      }
      diagnostics.append(finding)
    }
    return diagnostics
  }

  /// The finding for one entry of the job written at `jobNode`; `statusless` holds the filters without a
  /// status condition.
  private func check(
    _ config: GCESDConfig, jobNode: YAMLNode.ID?, statusless: [YAMLNode.ID: GCEFilterProblems.Statusless],
    in context: LintContext
  ) -> Diagnostic? {
    guard let mapping = config.node else { return nil }
    let filter = config.filter
    guard filter.isEmpty else {
      guard let id = config.valueNode("filter"), let found = statusless[id] else { return nil }
      let node = context.document[id]
      let condition = found.usesRegexDialect ? "(status eq RUNNING)" : "(status=\"RUNNING\")"
      // Proposing the whole filter again would repeat a term the API rejects.
      guard found.isClean else {
        return diagnostic(
          at: node.range, help: "once the filter's other problems are fixed, add the condition \(condition) to it")
      }
      let combined = found.usesRegexDialect ? "\(condition) \(filter)" : "\(condition) AND \(filter)"
      return diagnostic(at: node.range, help: "add a status condition to the filter: \(combined)")
    }
    let place = config.keyNode("filter") ?? context.document.pairs(mapping).first?.key
    var finding = diagnostic(
      at: place.map { context.document[$0].range } ?? SourceRange(at: context.document[mapping].range.start),
      help: "add filter: '(status=\"RUNNING\")' to this entry")
    // A `filter` written at the scrape-config level is looked up only for an entry without one.
    if let misplacedFilter = jobNode.flatMap({ context.document.value(forKey: "filter", in: $0) }) {
      let line = context.document[misplacedFilter].range.start.line
      finding.notes = [
        "the filter on line \(line) is outside the gce_sd_configs entry; indent it under the entry to apply it"
      ]
    }
    return finding
  }

  /// True when target relabelling keeps only running instances: a keep on `__meta_gce_instance_status`
  /// that lets RUNNING through and not TERMINATED, or a drop that does the reverse (regexes compiled
  /// through `regexes`).
  static func keepsOnlyRunning(_ rules: [RelabelConfig], regexes: RelabelRegexCache) -> Bool {
    rules.contains { rule in
      guard rule.sourceLabels.count == 1, rule.sourceLabels[0] == GCEMetaLabels.instanceStatus,
        let action = rule.knownAction, action == .keep || action == .drop,
        let regex = try? regexes.regex(rule.regex, version: .newest)
      else { return false }
      let running = regex.matches("RUNNING")
      let terminated = regex.matches("TERMINATED")
      return action == .keep ? running && !terminated : terminated && !running
    }
  }

  private func diagnostic(at range: SourceRange, help: String) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: "this gce_sd_configs entry does not filter on status, so stopped instances become down targets",
      range: range, help: help)
  }
}
