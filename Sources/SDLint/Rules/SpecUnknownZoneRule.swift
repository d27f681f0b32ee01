import SDCore
import SDYAML
import SDRender

/// `spec/unknown-zone`: a spec lists a zone that is not a current Compute Engine zone.
package struct SpecUnknownZoneRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnknownZone,
    summary: "A spec lists a zone that is not a current Compute Engine zone.",
    rationale: """
      Prometheus would discover nothing in a zone that does not exist. The zones are checked against the bundled \
      catalogue (or `--zones-file`), with the nearest zone as a suggestion.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [↓us-eastl1-b]
      """),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
      """),
  ]
}
