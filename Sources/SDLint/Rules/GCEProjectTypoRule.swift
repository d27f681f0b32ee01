import SDCore
import GCEKnowledge

/// `gce/project-typo`: a `project` one or two edits away from another project id of the same file.
package struct GCEProjectTypoRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .gceValues }

  package let info = RuleInfo(
    id: .gceProjectTypo,
    summary: "A gce_sd_configs project is one or two edits away from another project id in the file.",
    rationale: """
      A misspelt project id (`ml-plaform-a` beside `ml-platform-a`) is a well-formed id, so only the API \
      notices: every refresh fails with 403 or 404 and the job discovers nothing. Ids that differ only in \
      a short last segment (`-a`/`-b`, `-dev`/`-prod`) or in their numbers are siblings and never reported; \
      list real projects under `known_projects` in `.sdgen.yml` to trust them.
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
        - job_name: dashboard
          gce_sd_configs:
            - project: ↓ml-plaform-a
              zone: us-central1-c
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
            - project: ml-platform-b
              zone: us-east1-b
        - job_name: dashboard
          gce_sd_configs:
            - project: shop-dev
              zone: us-central1-c
            - project: shop-prod
              zone: us-central1-c
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var occurrences: [ProjectTypoFinder.Occurrence] = []
    let values = context.gceValues
    for value in values[.project] where !values.entries[value.entry].project.isEmpty {
      occurrences.append(
        ProjectTypoFinder.Occurrence(
          id: values.entries[value.entry].project, range: context.document[value.node].valueRange))
    }
    guard occurrences.count > 1 else { return [] }
    let finder = ProjectTypoFinder(knownProjects: context.options.knownProjects)
    return finder.typos(in: occurrences).map { typo in
      let other = typo.other
      return Diagnostic(
        rule: info.id, severity: info.defaultSeverity, message: typo.message, range: typo.occurrence.range,
        help: "if both projects exist, list them under known_projects in .sdgen.yml",
        notes: ["'\(other.id)' is first used at line \(other.range.start.line), column \(other.range.start.column)"],
        fixes: [
          Fix(
            title: "write '\(other.id)'", edits: [TextEdit(range: typo.occurrence.range, replacement: other.id)],
            isSafe: false)
        ])
    }
  }
}
