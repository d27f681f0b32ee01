import SDCore

/// `lint/directive`: an `sdgen:ignore` comment that names no rule or an unknown one.
package struct LintDirectiveRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .lintDirective,
    summary: "An sdgen:ignore comment names no rule or a rule that does not exist.",
    rationale: """
      A directive with a misspelt rule id silences nothing, so the finding it was meant for comes back, or \
      worse, the directive hides nothing while its reason suggests a decision was made.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node  ↓# sdgen:ignore gce/unknown-zome -- zone is created next week
      """),
    .clean(
      """
      # sdgen:ignore-file
      scrape_configs:
        - job_name: node
      """),
  ]
}
