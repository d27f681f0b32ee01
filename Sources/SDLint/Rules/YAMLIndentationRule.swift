import SDCore
import SDYAML

/// `yaml/indentation`: sibling blocks indented by different amounts under the same parent.
package struct YAMLIndentationRule: LintRule {
  package init() {}

  package let info = RuleInfo(
    id: "yaml/indentation",
    summary: "Sibling blocks are indented by different amounts.",
    rationale: """
      YAML accepts any indentation as long as siblings line up, so a block indented four spaces next to one \
      indented two still loads. But the next edit made by eye, one level off, silently moves a key into the \
      wrong block (a `port` that lands at scrape-config level) or breaks the file. Consistent steps keep \
      misplaced keys visible.
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
          relabel_configs:
            - source_labels: [__meta_gce_instance_name]
              target_label: instance
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
          let step = nodes[pair.value].range.start.column - nodes[pair.key].range.start.column
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
