import SDCore
import SDYAML
import SDRender

/// `spec/unknown-region`: a spec lists a region that is not a Compute Engine region.
package struct SpecUnknownRegionRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnknownRegion,
    summary: "A spec lists a region that is not a Compute Engine region.",
    rationale: """
      A region is expanded into its current zones; a region that does not exist has none, so the job would \
      discover nothing there.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          regions: [↓us-east9]
      """),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          regions: [us-east1]
      """),
  ]
}
