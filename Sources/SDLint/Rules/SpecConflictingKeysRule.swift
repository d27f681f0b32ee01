import SDCore
import SDYAML
import SDRender

/// `spec/conflicting-keys`: a job sets two keys that cannot be used together, such as `gce_sd_configs` and `zones`.
package struct SpecConflictingKeysRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specConflictingKeys,
    summary: "A job sets two keys that cannot be used together, such as `gce_sd_configs` and `zones`.",
    rationale: """
      sdgen writes `gce_sd_configs` from `zones` and `regions`; a job that also writes the entries by hand would \
      have two sources for the same list, so the spec says which one to keep.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          ↓gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-c
      """),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b, us-east1-c]
      """),
  ]
}
