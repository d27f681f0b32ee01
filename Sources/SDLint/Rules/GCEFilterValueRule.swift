import SDCore
import GCEFilter

/// `gce/filter-value`: an enum field such as `status` compared with a value it never takes.
package struct GCEFilterValueRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceFilterValue,
    summary: "A gce_sd_configs filter compares an enum field with a value it never takes.",
    rationale: """
      Enum fields such as `status` take a fixed set of upper-case values (`RUNNING`, `STOPPED`, …). A \
      misspelt value (`STOPED`, `running`) never matches, so the job silently discovers no targets: an \
      error, since the job can never work. Negated with `!=`, the term excludes nothing and the job \
      discovers every instance instead: a warning. (A term negated with `NOT` is reported as an error.)
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
              filter: '(status = ↓"RUNING")'
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status != "STOPPED")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.invalidEnumValue]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }
}
