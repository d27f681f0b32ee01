/// `relabel/repeated-block`: the same list of relabel rules written out again in another job.
public struct RelabelRepeatedBlockRule: LintRule {
  public init() {}

  /// The smallest list worth reporting; a single repeated rule is ordinary.
  static let minimumRules = 2

  public let info = RuleInfo(
    id: "relabel/repeated-block",
    summary: "A job repeats, rule for rule, the relabel_configs (or metric_relabel_configs) of an earlier job.",
    rationale: """
      Prometheus has no shared relabel section, so common rules get copied from job to job, and the copies \
      drift apart when one is fixed and the others are forgotten. Lists of two or more rules that are equal \
      by value (YAML aliases and merges of the same nodes excepted) are reported on every job after the \
      first; an sdgen spec writes them once as a template and `sdgen render` expands it into each job.
      """,
    defaultSeverity: .info)

  public let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_label_cloud_zone]
              target_label: cloud_zone
            - source_labels: [__meta_gce_instance_name]
              target_label: instance
        - job_name: dashboard
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-c
          ↓relabel_configs:
            - source_labels: ["__meta_gce_label_cloud_zone"]
              target_label: cloud_zone
            - source_labels: [__meta_gce_instance_name]
              target_label: instance
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs: &common
            - source_labels: [__meta_gce_label_cloud_zone]
              target_label: cloud_zone
            - source_labels: [__meta_gce_instance_name]
              target_label: instance
        - job_name: dashboard
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-c
          relabel_configs: *common
        - job_name: api
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-d
          relabel_configs:
            - source_labels: [__meta_gce_label_cloud_zone]
              target_label: cloud_zone
            - source_labels: [__meta_gce_instance_name]
              target_label: host
      """),
  ]

  /// The first job with a given list, and the nodes it was written with.
  private struct FirstWritten {
    let job: String
    let line: Int
    let ruleNodes: [YAMLNode.ID?]
  }

  public func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var seen: [String: [[RelabelConfig]: FirstWritten]] = [:]
    for job in context.config.scrapeConfigs {
      let lists = [
        ("relabel_configs", job.relabelConfigs, job.relabelConfigNodes),
        ("metric_relabel_configs", job.metricRelabelConfigs, job.metricRelabelConfigNodes),
      ]
      for (key, rules, nodes) in lists where rules.count >= Self.minimumRules {
        guard let keyNode = job.keyNode(key) else { continue }
        let ruleNodes = nodes.map(\.node)
        let line = context.document[keyNode].range.start.line
        guard let first = seen[key, default: [:]][rules] else {
          seen[key, default: [:]][rules] = FirstWritten(job: job.jobName, line: line, ruleNodes: ruleNodes)
          continue
        }
        if first.ruleNodes == ruleNodes { continue }
        findings.append(
          Diagnostic(
            rule: info.id, severity: info.defaultSeverity,
            message: "these \(rules.count) \(key) rules repeat those of job '\(first.job)' rule for rule",
            range: context.document[keyNode].range,
            help: "write them once as a template in an sdgen spec (`sdgen render`)",
            notes: ["job '\(first.job)' writes the same rules at line \(first.line)"]))
      }
    }
    return findings
  }
}
