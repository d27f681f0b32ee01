import SDCore
import SDYAML
import SDRender

/// `spec/duplicate-job`: two jobs of a spec, or a spec job and a job of the `--base` file, have the same name.
package struct SpecDuplicateJobRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specDuplicateJob,
    summary: "Two jobs of a spec, or a spec job and a job of the `--base` file, have the same name.",
    rationale: """
      Prometheus refuses two scrape configs with the same job name, so sdgen does not render them.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        - job_name: node
          project: ml-platform-a
          zones: [us-east1-b]
        - job_name: ↓node
          project: ml-platform-a
          zones: [us-east1-c]
      """),
    .clean(
      """
      jobs:
        - job_name: node
          project: ml-platform-a
          zones: [us-east1-b, us-east1-c]
      """),
  ]
}
