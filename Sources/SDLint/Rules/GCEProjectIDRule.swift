import SDCore
import GCEKnowledge

/// `gce/project-id`: a `project` that is not a well-formed Google Cloud project id.
package struct GCEProjectIDRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .gceValues }

  package let info = RuleInfo(
    id: .gceProjectID,
    summary: "A gce_sd_configs project is not a well-formed Google Cloud project id.",
    rationale: """
      Prometheus puts the project into the API path without checking it. A malformed id (upper case, \
      underscores, spaces, too short or too long) makes every refresh fail with HTTP 400 or 404, so the \
      job discovers no targets. A project number works but puts the number into `__meta_gce_project` (info).
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ↓ml_platform
              zone: us-east1-b
            - project: ↓ML_Platform_${ENV}
              zone: us-east1-b
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
            - project: example.com:ml-platform
              zone: us-east1-b
            - project: ${PROJECT}
              zone: us-east1-b
            - project: ml-${ENV}-platform
              zone: us-east1-b
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // Generated files repeat a few projects in thousands of jobs: check each distinct id once.
    var findingsByProject: [TextKey: [ProjectID.Finding]] = [:]
    let values = context.gceValues
    for value in values[.project] where !values.entries[value.entry].project.isEmpty {
      let project = values.entries[value.entry].project
      let key = TextKey(project)
      let findings: [ProjectID.Finding]
      if let known = findingsByProject[key] {
        findings = known
      } else {
        findings = Self.findings(of: project, placeholders: context.options.placeholders)
        findingsByProject[key] = findings
      }
      for finding in findings {
        diagnostics.append(
          Diagnostic(
            rule: info.id, severity: finding.severity, message: finding.reason,
            range: context.document[value.node].range))
      }
    }
    return diagnostics
  }

  /// The findings of one project value; a value holding a templating placeholder is judged by its literal
  /// parts alone.
  private static func findings(of project: String, placeholders mode: PlaceholderMode) -> [ProjectID.Finding] {
    if mode == .auto, project.utf8.contains(where: { $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "{") }) {
      let placeholders = Placeholders(SourceText(path: "", text: project)).all.map(\.bytes)
      if !placeholders.isEmpty { return ProjectID.literalFindings(of: project, placeholders: placeholders) }
    }
    return ProjectID(project).findings
  }
}
