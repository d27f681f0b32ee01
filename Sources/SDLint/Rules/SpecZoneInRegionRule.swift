import SDCore
import SDYAML
import SDRender

/// `spec/zone-in-region`: a zone listed in a job that also lists the zone's region.
package struct SpecZoneInRegionRule: SpecRule {
  package init() {}

  package let info = RuleInfo(
    id: .specZoneInRegion,
    summary: "A job lists a zone under `zones` and also its region under `regions`.",
    rationale: """
      A region already stands for all its current zones, so the zone is rendered once either way; listing it \
      twice suggests one of the two was meant to be something else (another zone, another region).
      """,
    defaultSeverity: .info)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [↓us-east1-b]
          regions: [us-east1]
      """),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [europe-west1-b]
          regions: [us-east1]
      """),
  ]

  package func check(spec context: SpecLintContext) -> [Diagnostic] {
    let catalogue = context.options.zones
    return ([context.spec.defaults] + context.spec.jobs).flatMap { job -> [Diagnostic] in
      guard let zones = job.zones, let regions = job.regions else { return [] }
      return zones.compactMap { zone in
        guard let region = regions.first(where: { catalogue.zones(inRegion: $0.value).contains(zone.value) }) else {
          return nil
        }
        return Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message:
            "zone '\(zone.value)' is already discovered through region '\(region.value)' on line "
            + "\(region.range.start.line); remove one of them",
          range: zone.range)
      }
    }
  }
}
