/// `gce/no-status-filter`: a `gce_sd_configs` entry whose filter does not restrict `status`.
public struct GCENoStatusFilterRule: LintRule {
  public init() {}

  public let info = RuleInfo(
    id: "gce/no-status-filter",
    summary: "A gce_sd_configs entry has no status condition, so stopped instances become targets.",
    rationale: """
      GCE discovery returns instances in every state. Without a status condition in the filter, stopped, \
      suspended and terminated VMs become targets that are always down, which fires `up == 0` alerts for \
      machines nobody expects to run. Adding `(status="RUNNING")` keeps only running instances.
      """,
    defaultSeverity: .info)

  public let examples: [RuleExample] = [
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

  public func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for entry in GCEEntry.all(in: context) {
      guard let mapping = entry.config.node else { continue }
      let filter = entry.config.filter
      if filter.isEmpty {
        let place = entry.config.keyNode("filter") ?? context.document.pairs(mapping).first?.key
        diagnostics.append(
          diagnostic(
            at: place.map { context.document[$0].range } ?? SourceRange(at: context.document[mapping].range.start),
            help: "add filter: '(status=\"RUNNING\")' to this entry"))
        continue
      }
      let report = GCEFilterReport.of(filter)
      guard report.parses, !report.restrictsStatus,
        let node = entry.scalarValue("filter", in: context.document)
      else { continue }
      let combined = report.usesRegexDialect ? "(status eq RUNNING) \(filter)" : "(status=\"RUNNING\") AND \(filter)"
      diagnostics.append(diagnostic(at: node.range, help: "add a status condition to the filter: \(combined)"))
    }
    return diagnostics
  }

  private func diagnostic(at range: SourceRange, help: String) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: "this gce_sd_configs entry does not filter on status, so stopped instances become down targets",
      range: range, help: help)
  }
}
