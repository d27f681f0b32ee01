import SDCore
import SDYAML
import SDRender

/// `spec/redundant-override`: a job setting a key to the value `defaults` already gives it.
package struct SpecRedundantOverrideRule: SpecRule {
  package init() {}

  package let info = RuleInfo(
    id: .specRedundantOverride,
    summary: "A job sets a key to the same value `defaults` already gives it.",
    rationale: """
      The job renders the same either way, but the copy stops following `defaults`: when the default changes, \
      this job silently keeps the old value. Remove the key from the job unless it is meant to stay fixed.
      """,
    defaultSeverity: .info)

  package let examples: [RuleExample] = [
    .flagged(
      """
      defaults:
        project: ml-platform-a
        port: 9100
      jobs:
        node:
          zones: [us-east1-b]
          port: ↓9100
      """),
    .clean(
      """
      defaults:
        project: ml-platform-a
        port: 9100
      jobs:
        node:
          zones: [us-east1-b]
          port: 9187
      """),
  ]

  package func check(spec context: SpecLintContext) -> [Diagnostic] {
    let defaults = context.spec.defaults
    var findings: [Diagnostic] = []
    func report(_ job: SpecJob, _ key: String, _ value: YAMLValue?, at range: SourceRange) {
      let what = value.flatMap(Self.scalarText).map { "'\(key)' to '\($0)'" } ?? "'\(key)'"
      findings.append(
        Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message: "job '\(job.name.value)' sets \(what) exactly as defaults does; remove it to follow the default",
          range: range))
    }
    for job in context.spec.jobs {
      for key in SpecJob.DiscoveryKey.allCases {
        if let own = job.discovery[key], let inherited = defaults.discovery[key], own.value == inherited.value {
          report(job, key.rawValue, own.value, at: own.range)
        }
      }
      for setting in job.scrapeSettings {
        if defaults.scrapeSettings.contains(where: { $0.value == setting.value }) {
          report(job, setting.value.key, setting.value.value, at: setting.range)
        }
      }
      if let own = job.filter, let inherited = defaults.filter, own.value == inherited.value {
        report(job, "filter", nil, at: own.range)
      }
      if let own = job.zones, let inherited = defaults.zones, own.map(\.value) == inherited.map(\.value),
        job.regions == nil, let first = own.first
      {
        report(job, "zones", nil, at: first.range)
      }
    }
    return findings
  }

  /// The text of a scalar value, for a message.
  private static func scalarText(_ value: YAMLValue) -> String? {
    if case .scalar(let text, _) = value { return text }
    return nil
  }
}
