import SDCore
import SDYAML
import SDRender

/// `spec/unknown-project`: a project that is not among the `known_projects` of `.sdgen.yml`.
package struct SpecUnknownProjectRule: SpecRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnknownProject,
    summary: "A job discovers in a project that is not listed under `known_projects` in `.sdgen.yml`.",
    rationale: """
      When `.sdgen.yml` lists the projects that exist, any other project is a misspelling or a project the team \
      does not own: Prometheus would discover nothing there, or scrape someone else's instances. Without \
      `known_projects` the rule says nothing (`gce/project-typo` still compares the spec's projects).
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ↓ml-plaform-a
          zones: [us-east1-b]
      """, knownProjects: ["ml-platform-a"]),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
      """, knownProjects: ["ml-platform-a"]),
  ]

  package func check(spec context: SpecLintContext) -> [Diagnostic] {
    let known = context.options.knownProjects
    guard !known.isEmpty else { return [] }
    var reported = Set<SourceRange>()
    var findings: [Diagnostic] = []
    let defaults = context.spec.defaults
    for job in context.spec.jobs {
      let named: [Located<String>]
      if let projects = job.projects ?? (job.discovery[.project] == nil ? defaults.projects : nil) {
        named = projects
      } else if let project = job.discovery[.project] ?? defaults.discovery[.project],
        case .scalar(let name, _) = project.value
      {
        named = [Located(name, range: project.range)]
      } else {
        continue
      }
      for project in named where !known.contains(project.value) && reported.insert(project.range).inserted {
        findings.append(finding(project.value, at: project.range, known: known))
      }
    }
    return findings
  }

  private func finding(_ name: String, at range: SourceRange, known: Set<String>) -> Diagnostic {
    let nearest = Suggestions.nearest(to: name, in: known.sorted()).first
    return Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: "project '\(name)' is not in known_projects of .sdgen.yml; fix the spelling or add it there",
      range: range, help: nearest.map { "a known project has a similar name: '\($0)'" })
  }
}
