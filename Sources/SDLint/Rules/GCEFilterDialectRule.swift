import SDCore
import GCEFilter

/// `gce/filter-dialect`: the regex (`eq`/`ne`) dialect mixed with AND/OR/NOT or with AIP operators.
package struct GCEFilterDialectRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceFilterDialect,
    summary: "A gce_sd_configs filter mixes the regex (eq/ne) dialect with AND/OR or with AIP operators.",
    rationale: """
      The Compute API has two filter dialects: AIP-160 (`=`, `!=`, `:`, AND, OR) and the older regex \
      dialect (`name eq "web-.*"`), whose terms are parenthesized and simply written one after another. \
      The API rejects a filter that mixes them, or that joins regex terms with AND/OR, with HTTP 400, so \
      the job discovers nothing.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status eq RUNNING) ↓AND (name eq "web-.*")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status eq RUNNING) (name eq "web-.*")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.mixedDialects, .regexWithLogic]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }

  /// For regex terms joined with AND, the same terms written one after another (the same selection).
  func fixes(for finding: FilterFinding, in filter: String, locator: GCEFilterLocator) -> [Fix] {
    guard finding.kind == .regexWithLogic, let replacement = finding.replacement,
      let edit = locator.wholeValueEdit(replacement)
    else { return [] }
    return [Fix(title: "write the regex terms without AND: \(replacement)", edits: [edit], isSafe: true)]
  }
}
