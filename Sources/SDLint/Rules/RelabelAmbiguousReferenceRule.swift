import SDCore
import GoRegex
import SDYAML
import PrometheusModel

/// `relabel/ambiguous-reference`: `$1_suffix` in a template, which Go reads as the group named `1_suffix`.
package struct RelabelAmbiguousReferenceRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .relabelSites }

  package let info = RuleInfo(
    id: .relabelAmbiguousReference,
    summary: "A `$1_suffix` reference in replacement or target_label that Go reads as the group `1_suffix`.",
    rationale: """
      Prometheus expands `replacement` (and a replace rule's `target_label`) with Go's `Regexp.Expand`, where \
      the group name after `$` is the longest run of letters, digits and `_`. So `$1_vm` names the group \
      `1_vm`, which does not exist and expands to an empty string: the label gets the wrong value, or is \
      deleted when nothing else is left. `${1}_vm` was meant; the fix inserts the braces.
      """,
    defaultSeverity: .warning)

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
              target_label: host
              replacement: '↓$1_vm'
            - source_labels: [__meta_gce_label_team]
              regex: (?P<team>.+)
              target_label: ↓$team_owner
              replacement: x-↓$team_x
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
              target_label: host
              replacement: '${1}_vm'
            - source_labels: [__meta_gce_label_team]
              regex: (?P<team>.+)
              target_label: owner
              replacement: $team-$1 costs $$1_x
      """),
  ]

  /// The templated fields of a replace rule, and of a labelmap rule.
  private static let replaceFields: [RelabelConfig.Field] = [.replacement, .targetLabel]
  private static let labelmapFields: [RelabelConfig.Field] = [.replacement]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let dollar = UInt8(ascii: "$")
    for site in context.relabelSites {
      guard let action = site.action, action == .replace || action == .labelmap,
        site.replacement.utf8.contains(dollar) || site.targetLabel.utf8.contains(dollar)
      else { continue }
      // Most templates are a bare `$1`: the regex's group names are looked up only for one that may be ambiguous.
      var groupNames: [String]?
      for field in action == .replace ? Self.replaceFields : Self.labelmapFields {
        // The value is read in place; the node is copied only for a template that may be ambiguous.
        guard let id = site.nodes.valueNode(field.rawValue),
          AmbiguousTemplateReference.mayOccur(in: context.document[id].value)
        else { continue }
        let node = context.document[id]
        if groupNames == nil {
          guard let regex = site.regex(for: context.options.prometheusVersion) else { break }
          groupNames = regex.regex.groupNames
        }
        for reference in AmbiguousTemplateReference.find(in: node.value, groupNames: groupNames ?? []) {
          findings.append(diagnostic(reference, field: field, node: node, site: site, context: context))
        }
      }
    }
    return findings
  }

  private func diagnostic(
    _ reference: AmbiguousTemplateReference, field: RelabelConfig.Field, node: YAMLNode, site: RelabelRuleSite,
    context: LintContext
  ) -> Diagnostic {
    let exact = RelabelScalarPosition.range(
      inside: node, offset: reference.offset, length: reference.length, source: context.source)
    let group = reference.group
    let suffix = reference.written.dropFirst(1 + group.count)
    var fixes: [Fix] = []
    if let exact {
      // Only the `$group` part is replaced, so the edit never touches quoting or escapes after it.
      let head = SourceRange(line: exact.start.line, column: exact.start.column, length: 1 + group.count)
      let mapping = site.nodes.node.map { context.document[$0] }
      let inFlow = node.style == .plain && mapping?.style == .flow
      fixes.append(
        Fix(
          title: "write '\(reference.replacement)'", edits: [TextEdit(range: head, replacement: "${\(group)}")],
          isSafe: !inFlow))
    }
    return Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: """
        '\(reference.written)' in \(field.rawValue) refers to the group named '\(reference.written.dropFirst())', \
        which does not exist, so it expands to an empty string
        """,
      range: exact ?? node.range,
      help: "write '\(reference.replacement)' to use group \(group) followed by '\(suffix)'",
      fixes: fixes)
  }
}
