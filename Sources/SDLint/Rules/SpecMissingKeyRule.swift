import SDCore
import SDYAML
import SDRender

/// `spec/missing-key`: a job lacks a key it needs: a project for GCE discovery, zones for discovery settings, a `job_name` in a list.
package struct SpecMissingKeyRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specMissingKey,
    summary: "A job lacks a key it needs: a project for GCE discovery, zones for discovery settings, a `job_name` in a list.",
    rationale: """
      A GCE job without a project or without zones cannot be rendered into a `gce_sd_configs` entry Prometheus \
      accepts; the finding says where to add the key (the job, or `defaults`).
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        ↓node:
          zones: [us-east1-b]
      """),
    .clean(
      """
      defaults:
        project: ml-platform-a
      jobs:
        node:
          zones: [us-east1-b]
      """),
  ]
}
