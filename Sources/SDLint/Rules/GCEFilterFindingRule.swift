import SDCore
import GCEFilter

/// A `gce/*` rule that reports some kinds of the filter problems `FilterAnalysis` finds, each at its
/// place inside the `filter:` string.
protocol GCEFilterFindingRule: LintRule {
  /// The kinds of finding this rule reports.
  var kinds: Set<FilterFinding.Kind> { get }
  /// The fixes offered for `finding` in `filter`; by default its replacement of the finding's span, unsafe.
  func fixes(for finding: FilterFinding, in filter: String, locator: GCEFilterLocator) -> [Fix]
}

extension GCEFilterFindingRule {
  /// The filter analysis, which every such rule reads.
  package var sharedTable: LintSharedTable? { .filterProblems }

  /// The findings of this rule's kinds in every `gce_sd_configs` filter of the file.
  func filterDiagnostics(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for entry in context.filterProblems.entries {
      let node = context.document[entry.node]
      guard node.kind == .scalar else { continue }
      var locator: GCEFilterLocator?
      for finding in entry.report.findings where kinds.contains(finding.kind) {
        let located = locator ?? GCEFilterLocator(node: node, source: context.source)
        locator = located
        diagnostics.append(
          Diagnostic(
            rule: info.id, severity: finding.isNegated ? min(info.defaultSeverity, .warning) : info.defaultSeverity,
            message: finding.message,
            range: located.range(column: finding.column, length: finding.length), help: finding.help,
            fixes: fixes(for: finding, in: entry.text, locator: located)))
      }
    }
    return diagnostics
  }

  func fixes(for finding: FilterFinding, in filter: String, locator: GCEFilterLocator) -> [Fix] {
    guard let replacement = finding.replacement,
      let edit = locator.edit(column: finding.column, length: finding.length, replacement: replacement)
    else { return [] }
    return [Fix(title: "write '\(replacement)'", edits: [edit], isSafe: false)]
  }
}
