import SDCore
import GCEKnowledge

/// `gce/unknown-zone`: a `zone` that is not a current public zone of the catalogue.
package struct GCEUnknownZoneRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .gceValues }

  package let info = RuleInfo(
    id: .gceUnknownZone,
    summary: "A gce_sd_configs zone does not exist, is a region, URL or list, or is retired or restricted.",
    rationale: """
      Prometheus puts the zone into the API path without checking it. A zone that does not exist (a typo, \
      a region such as `us-east1`, an AWS-style `us-east-1a`, a retired zone) makes every refresh fail \
      with HTTP 400 or 404, so the job discovers no targets and only the Prometheus log says why. \
      Retired and restricted zones are warnings; AI zones, which a project sees only once enabled, are info.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: ↓us-eastl1-a
            - project: ml-platform-a
              zone: ↓us-east1
            - project: ml-platform-a
              zone: ↓us-east1-a
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // Large files name the same few zones in every job: check each distinct zone once.
    var verdicts: [TextKey: ZoneCheck] = [:]
    let values = context.gceValues
    for value in values[.zone] where !values.entries[value.entry].zone.isEmpty {
      let zone = values.entries[value.entry].zone
      let key = TextKey(zone)
      let verdict: ZoneCheck
      if let known = verdicts[key] {
        verdict = known
      } else {
        verdict = context.options.zones.check(zone)
        verdicts[key] = verdict
      }
      guard let severity = verdict.severity, let message = verdict.message else { continue }
      let node = context.document[value.node]
      diagnostics.append(
        Diagnostic(
          rule: info.id, severity: severity, message: message, range: node.range, help: verdict.help,
          fixes: fixes(for: verdict, at: node.valueRange)))
    }
    return diagnostics
  }

  /// Safe when the name is certain (spaces trimmed, URL reduced to its name); unsafe for a single guess.
  private func fixes(for verdict: ZoneCheck, at range: SourceRange) -> [Fix] {
    let isSafe: Bool
    switch verdict {
    case .surroundingWhitespace, .url: isSafe = true
    default: isSafe = false
    }
    guard verdict.suggestions.count == 1, let zone = verdict.suggestions.first else { return [] }
    return [Fix(title: "write '\(zone)'", edits: [TextEdit(range: range, replacement: zone)], isSafe: isSafe)]
  }
}
