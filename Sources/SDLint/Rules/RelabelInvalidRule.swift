import SDCore
import PrometheusModel

/// `relabel/invalid`: a relabel rule Prometheus refuses to load.
package struct RelabelInvalidRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .relabelInvalid,
    summary: "A relabel rule breaks one of Prometheus's relabel_config validation rules.",
    rationale: """
      Prometheus validates every relabel rule when it loads the file (an unknown action, a missing \
      target_label, a hashmod without modulus, extra fields on keepequal/dropequal or labeldrop/labelkeep, \
      an invalid label name for the version and the job's name validation scheme) and refuses the whole \
      configuration on the first failure; promtool shows only that one. sdgen reports every such rule with \
      Prometheus's own message, at the field at fault.
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
          relabel_configs:
            - source_labels: [__meta_gce_instance_status]
              action: ↓keep_if
            - source_labels: [__meta_gce_instance_name]
              action: ↓hashmod
              target_label: __tmp_shard
            - source_labels: [__meta_gce_label_team]
              action: ↓lowercase
            - source_labels: ↓[__meta_gce_label_team]
              action: labeldrop
              regex: team
      """),
    .flagged(
      """
      scrape_configs:
        - job_name: node
          static_configs:
            - targets: [localhost:9100]
          relabel_configs:
            - source_labels: ↓["team-name"]
              target_label: team
      """,
      version: PrometheusVersion(2, 42)),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_instance_status]
              regex: RUNNING
              action: Keep
            - source_labels: [__meta_gce_instance_name]
              modulus: 4
              target_label: __tmp_shard
              action: hashmod
            - regex: __meta_gce_label_(.+)
              action: labelmap
      """),
  ]
}
