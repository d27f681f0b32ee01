import SDCore
import SDYAML
import SDRender

/// `spec/unused-parameter`: a template parameter the template's rules never reference.
package struct SpecUnusedParameterRule: SpecRule {
  package init() {}

  package let info = RuleInfo(
    id: .specUnusedParameter,
    summary: "A template declares a parameter that none of its rules references.",
    rationale: """
      A value passed for a parameter the rules never reference changes nothing, so a job that passes it gets \
      the template's fixed behaviour instead of the one it asked for. Reference it as `{{name}}` (or \
      `for_each: name` for a list), or remove it.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      templates:
        keep-env:
          parameters: {env: string, ↓team: string}
          rules:
            - source_labels: [__meta_gce_label_env]
              regex: '{{env}}'
              action: keep
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: keep-env
              with: {env: prod, team: sre}
      """),
    .clean(
      """
      templates:
        keep-env:
          parameters: {env: string}
          rules:
            - source_labels: [__meta_gce_label_env]
              regex: '{{env}}'
              action: keep
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs:
            - use: keep-env
              with: {env: prod}
      """),
  ]

  package func check(spec context: SpecLintContext) -> [Diagnostic] {
    context.spec.templates.values.sorted { $0.name.range.start < $1.name.range.start }.flatMap { template in
      let texts = Self.referencingTexts(template.steps)
      let forEach = Set(template.steps.compactMap { step -> String? in
        if case .rule(let rule) = step { return rule.forEach?.value }
        return nil
      })
      return template.parameters.filter { parameter in
        !forEach.contains(parameter.name) && !texts.contains { Self.references($0, parameter.name) }
      }.map { parameter in
        Diagnostic(
          rule: info.id, severity: info.defaultSeverity,
          message:
            "parameter '\(parameter.name)' of template '\(template.name.value)' is never referenced; "
            + "write '{{\(parameter.name)}}' in a rule or remove it",
          range: parameter.nameRange)
      }
    }
  }

  /// Every text of the steps that may hold a `{{name}}` reference: rule values and `with:` arguments.
  private static func referencingTexts(_ steps: [RelabelListItem]) -> [String] {
    steps.flatMap { step -> [String] in
      switch step {
      case .rule(let rule):
        return rule.fields.flatMap(\.values)
      case .use(let use):
        return use.arguments.flatMap { argument -> [String] in
          switch argument.value {
          case .string(let text): [text]
          case .list(let items): items
          }
        }
      }
    }
  }

  /// True when `text` holds `{{name}}`, with or without spaces inside the braces.
  private static func references(_ text: String, _ name: String) -> Bool {
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{{"), let close = rest[open.upperBound...].firstRange(of: "}}") {
      if rest[open.upperBound..<close.lowerBound].filter({ $0 != " " }) == name { return true }
      rest = rest[close.upperBound...]
    }
    return false
  }
}
