/// A table of `LintContext` that the first rule reading it builds and every later reader shares. A rule
/// declares the one it reads (`LintRule.sharedTable`) so that `RuleRunner` starts one reader of each
/// table first, on different workers, whatever order the rules come in.
public enum LintSharedTable: Sendable, CaseIterable {
  /// `LintContext.filterProblems`, the analysed `filter:` values.
  case filterProblems
  /// `LintContext.relabelSites`, every relabel rule with its nodes.
  case relabelSites
  /// `LintContext.gceValues`, the scalar values of the `gce_sd_configs` entries.
  case gceValues
}
