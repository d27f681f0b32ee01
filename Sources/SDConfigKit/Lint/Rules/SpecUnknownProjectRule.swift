/// `spec/unknown-project`: a project that is not among the `known_projects` of `.sdgen.yml`.
package struct SpecUnknownProjectRule: SpecRule {
  package init() {}

  package let info = RuleInfo(
    id: SpecRuleID.unknownProject,
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
    for job in context.spec.jobs {
      guard let project = job.discovery[.project] ?? context.spec.defaults.discovery[.project],
        case .scalar(let name, _) = project.value, !known.contains(name), reported.insert(project.range).inserted
      else { continue }
      let nearest = Suggestions.nearest(to: name, in: known.sorted()).first
      findings.append(
        Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message: "project '\(name)' is not in known_projects of .sdgen.yml; fix the spelling or add it there",
          range: project.range, help: nearest.map { "a known project has a similar name: '\($0)'" }))
    }
    return findings
  }
}
