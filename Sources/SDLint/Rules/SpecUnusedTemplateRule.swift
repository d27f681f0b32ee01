import SDCore
import SDYAML
import SDRender

/// `spec/unused-template`: a template the spec defines and no job uses.
package struct SpecUnusedTemplateRule: SpecRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnusedTemplate,
    summary: "A template defined in the spec is used by no job, neither directly nor through another template.",
    rationale: """
      A template nothing uses is either left over from a job that was removed, or meant for a job whose \
      `use:` was forgotten; in both cases the spec says something it does not do.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      templates:
        ↓keep-prod:
          - source_labels: [__meta_gce_label_env]
            regex: prod
            action: keep
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
      """),
    .clean(
      """
      templates:
        keep-prod:
          - source_labels: [__meta_gce_label_env]
            regex: prod
            action: keep
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: keep-prod
      """),
  ]

  package func check(spec context: SpecLintContext) -> [Diagnostic] {
    let templates = context.spec.templates
    var used = Set<String>()
    var pending = context.relabelLists.flatMap(\.items)
    while let item = pending.popLast() {
      guard case .use(let use) = item, used.insert(use.name.value).inserted else { continue }
      pending += templates[use.name.value]?.steps ?? []
    }
    return templates.values.filter { !used.contains($0.name.value) }.sorted { $0.name.range.start < $1.name.range.start }
      .map { template in
        Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message: "template '\(template.name.value)' is not used by any job; use it or remove it",
          range: template.name.range)
      }
  }
}
