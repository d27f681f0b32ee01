import SDCore
import SDYAML
import PrometheusModel

/// `gce/no-status-filter`: a `gce_sd_configs` entry whose filter does not restrict `status`.
package struct GCENoStatusFilterRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .filterProblems }

  package let info = RuleInfo(
    id: "gce/no-status-filter",
    summary: "A gce_sd_configs entry has no status condition, so stopped instances become targets.",
    rationale: """
      GCE discovery returns instances in every state. Without a status condition in the filter, stopped, \
      suspended and terminated VMs become targets that are always down, which fires `up == 0` alerts for \
      machines nobody expects to run. Adding `(status="RUNNING")` keeps only running instances.
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
              filter: ↓'(labels.role="node")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status="RUNNING") AND (labels.role="node")'
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var reported = Set<SourceRange>()
    let statusless = context.filterProblems.statusless
    let jobs = context.config.scrapeConfigs
    // By index: `for job in jobs` would retain and release every field of each job.
    for job in jobs.indices {
      for config in jobs[job].gceSDConfigs {
        guard let finding = check(config, jobNode: jobs[job].node, statusless: statusless, in: context),
          reported.insert(finding.range).inserted
        else { continue }
        diagnostics.append(finding)
      }
    }
    return diagnostics
  }

  /// The finding for one entry of the job written at `jobNode`; `statusless` maps the filters without a
  /// status condition to whether they are in the regex dialect.
  private func check(
    _ config: GCESDConfig, jobNode: YAMLNode.ID?, statusless: [YAMLNode.ID: Bool], in context: LintContext
  ) -> Diagnostic? {
    guard let mapping = config.node else { return nil }
    let filter = config.filter
    guard filter.isEmpty else {
      guard let id = config.valueNode("filter"), let usesRegexDialect = statusless[id] else {
        return nil
      }
      let node = context.document[id]
      let combined = usesRegexDialect ? "(status eq RUNNING) \(filter)" : "(status=\"RUNNING\") AND \(filter)"
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

  private func diagnostic(at range: SourceRange, help: String) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: "this gce_sd_configs entry does not filter on status, so stopped instances become down targets",
      range: range, help: help)
  }
}
