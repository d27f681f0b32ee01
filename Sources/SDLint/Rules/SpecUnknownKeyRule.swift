import SDCore
import SDYAML
import SDRender

/// `spec/unknown-key`: a spec, job, template or relabel rule has a key sdgen does not know.
package struct SpecUnknownKeyRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnknownKey,
    summary: "A spec, job, template or relabel rule has a key sdgen does not know.",
    rationale: """
      A misspelt key (`zome:`, `relable_configs:`) would otherwise be ignored, so the setting it was meant to \
      make silently does not happen. The finding lists the valid keys and the nearest one.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          ↓zome: [us-east1-b]
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
