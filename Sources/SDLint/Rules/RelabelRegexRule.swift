import SDCore
import PrometheusModel

/// `relabel/regex`: a relabel regex that Go's regexp package (RE2 syntax) does not accept.
package struct RelabelRegexRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .relabelRegex,
    summary: "A relabel regex is not valid RE2 syntax, as Go's regexp package reads it.",
    rationale: """
      Prometheus compiles every relabel regex with Go's regexp package, anchored as `^(?:re)$` (`^(?s:re)$` \
      from 3.0), and refuses the configuration when it does not compile. RE2 has no lookarounds, no \
      backreferences and no possessive quantifiers, so patterns copied from PCRE or JavaScript often fail. \
      The finding points at the character inside the pattern where Go gives up, with Go's message.
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
            - source_labels: [__meta_gce_instance_name]
              regex: 'web-↓(?!canary).*'
              action: keep
            - source_labels: [__meta_gce_label_env, __meta_gce_label_tier]
              regex: '(prod);↓\\1'
              action: drop
            - source_labels: [__meta_gce_private_ip]
              regex: ↓(.*
              target_label: ip
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_instance_name]
              regex: 'web-(?P<n>[0-9]+)'
              target_label: shard
              replacement: '${n}'
      """),
  ]
}
