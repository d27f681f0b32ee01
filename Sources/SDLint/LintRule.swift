import SDCore

/// A lint rule: a small type that finds one kind of mistake and says how to fix it.
public protocol LintRule: Sendable {
  /// The rule's id, summary, rationale and default severity.
  var info: RuleInfo { get }
  /// Flagged and clean snippets; they document the rule and are run as tests.
  var examples: [RuleExample] { get }
  /// The findings of this rule in one file, at the rule's default severity.
  func check(_ context: LintContext) -> [Diagnostic]
  /// The shared table of `LintContext` this rule reads, if any, so the runner starts one reader of each
  /// table first; a custom rule keeps the default, none.
  var sharedTable: LintSharedTable? { get }
}

extension LintRule {
  /// None: the rule reads no shared table.
  public var sharedTable: LintSharedTable? { nil }
}

/// A rule whose findings are made while parsing or decoding (YAML syntax, schema, relabel validation):
/// its `check` hands on what the parser and decoder reported under its id.
package protocol ReportedRule: LintRule {}

extension ReportedRule {
  /// The findings the parser and decoder reported under this rule's id.
  package func check(_ context: LintContext) -> [Diagnostic] {
    context.reported(by: info.id)
  }
}
