import SDCore
import PrometheusModel

/// `gce/refresh-interval`: a `refresh_interval` of zero (a crash) or under one second.
package struct GCERefreshIntervalRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .gceValues }

  package let info = RuleInfo(
    id: .gceRefreshInterval,
    summary: "A gce_sd_configs refresh_interval is zero or shorter than one second.",
    rationale: """
      Prometheus starts a ticker with the refresh interval, and Go's ticker panics on zero: a \
      refresh_interval of 0 (or null, which YAML reads as 0) crashes service discovery when the config is \
      applied. An interval under a second lists the zone several times a second, which burns the \
      project's Compute API quota and gets the requests throttled.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              refresh_interval: ↓0s
            - project: ml-platform-a
              zone: us-east1-c
              refresh_interval: ↓500ms
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              refresh_interval: 5m
      """),
  ]

  /// The shortest interval that does not hammer the API.
  static let shortest = PromDuration.seconds(1)

  package func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let values = context.gceValues
    for value in values[.refreshInterval] {
      let node = context.document[value.node]
      let interval = values.entries[value.entry].refreshInterval
      if interval == .zero {
        diagnostics.append(
          Diagnostic(
            rule: info.id, severity: .error,
            message: "a refresh_interval of 0 makes Prometheus's GCE discovery panic when the config is applied",
            range: node.range, help: "remove refresh_interval to use the default 60s, or set a duration such as 5m"))
      } else if interval < Self.shortest {
        diagnostics.append(
          Diagnostic(
            rule: info.id, severity: .warning,
            message:
              "a refresh_interval of \(interval) lists the zone more than once a second and exhausts the API quota",
            range: node.range, help: "use at least 30s; the default is 60s"))
      }
    }
    return diagnostics
  }
}
