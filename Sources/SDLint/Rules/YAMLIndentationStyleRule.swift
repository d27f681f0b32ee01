import SDCore
import SDYAML

/// `yaml/indentation-style`: sibling blocks indented by different amounts under the same parent (opt-in).
package struct YAMLIndentationStyleRule: LintRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlIndentationStyle,
    summary: "Sibling blocks are indented by different amounts (opt-in).",
    rationale: """
      YAML accepts any indentation as long as siblings line up, so a block indented four spaces next to one \
      indented two loads with the same meaning; lists indented 0 and 2 under sibling keys are both common. \
      This rule is off by default because such files are correct; turn it on (`--enable \
      yaml/indentation-style`) where a team wants one step everywhere, so an edit made by eye is less \
      likely to land a key one level off. The indentation is measured from the line of the key, even when \
      an anchor (`relabel_configs: &common`) follows the key.
      """,
    defaultSeverity: .info, isOnByDefault: false)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
                ↓- source_labels: [__meta_gce_instance_name]
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
            - source_labels: [__meta_gce_instance_name]
              target_label: instance
          metric_relabel_configs:
            - source_labels: [__name__]
              regex: go_.*
              action: drop
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    let nodes = document.nodes
    var findings: [Diagnostic] = []
    for id in nodes.indices where nodes[id].style == .block {
      switch nodes[id].kind {
      case .mapping:
        // The first block mapping value and the first block sequence value set the step for their kind.
        var mappingStep: (step: Int, key: YAMLNode.ID)?
        var sequenceStep: (step: Int, key: YAMLNode.ID)?
        for pair in document.pairView(id) {
          let kind = nodes[pair.value].kind
          guard nodes[pair.value].style == .block, kind == .mapping || kind == .sequence else { continue }
          let step = contentColumn(of: pair.value, key: pair.key, in: context) - nodes[pair.key].range.start.column
          let reference = kind == .mapping ? mappingStep : sequenceStep
          guard let reference else {
            if kind == .mapping { mappingStep = (step, pair.key) } else { sequenceStep = (step, pair.key) }
            continue
          }
          if step != reference.step {
            findings.append(
              finding(
                at: nodes[pair.value].range.start, step: step, expected: reference.step,
                parent: "'\(nodes[pair.key].value)'", sibling: "'\(nodes[reference.key].value)'"))
          }
        }
      case .sequence:
        var reference: Int?
        let dash = nodes[id].range.start.column
        for item in document.itemView(id) {
          let kind = nodes[item].kind
          guard nodes[item].style == .block, kind == .mapping || kind == .sequence else { continue }
          let step = nodes[item].range.start.column - dash
          if let expected = reference, step != expected {
            findings.append(
              finding(
                at: nodes[item].range.start, step: step, expected: expected, parent: "its '-'",
                sibling: "the first item"))
          } else if reference == nil {
            reference = step
          }
        }
      default:
        break
      }
    }
    return findings
  }

  /// The column of a block's first line of content: its own start, or the indentation of the next line
  /// when the node starts on its key's line (after an anchor or a tag such as `relabel_configs: &common`).
  private func contentColumn(of id: YAMLNode.ID, key: YAMLNode.ID, in context: LintContext) -> Int {
    let node = context.document[id]
    let keyLine = context.document[key].range.start.line
    guard node.range.start.line == keyLine else { return node.range.start.column }
    var line = keyLine + 1
    while line <= context.source.lineCount {
      let text = context.source.line(line)
      let indentation = text.prefix { $0 == " " }.count
      if indentation < text.count, text.dropFirst(indentation).first != "#" { return indentation + 1 }
      line += 1
    }
    return node.range.start.column
  }

  private func finding(at start: SourcePosition, step: Int, expected: Int, parent: String, sibling: String)
    -> Diagnostic
  {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message:
        "this block is indented \(step) columns from \(parent) while \(sibling) uses \(expected)",
      range: SourceRange(at: start),
      help: "indent it like its siblings (\(expected) columns) so that a key moved by eye stays in its block")
  }
}
