/// `yaml/indentation`: sibling blocks indented by different amounts under the same parent.
public struct YAMLIndentationRule: LintRule {
  public init() {}

  public let info = RuleInfo(
    id: "yaml/indentation",
    summary: "Sibling blocks are indented by different amounts.",
    rationale: """
      YAML accepts any indentation as long as siblings line up, so a block indented four spaces next to one \
      indented two still loads. But the next edit made by eye, one level off, silently moves a key into the \
      wrong block (a `port` that lands at scrape-config level) or breaks the file. Consistent steps keep \
      misplaced keys visible.
      """,
    defaultSeverity: .warning)

  public let examples: [RuleExample] = [
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

  public func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    var findings: [Diagnostic] = []
    for (id, node) in document.nodes.enumerated() where node.style == .block {
      switch node.kind {
      case .mapping:
        var reference: [YAMLNode.Kind: (step: Int, key: String)] = [:]
        for pair in document.pairs(id) {
          let value = document[pair.value]
          guard value.style == .block, value.kind == .mapping || value.kind == .sequence else { continue }
          let key = document[pair.key]
          let step = value.range.start.column - key.range.start.column
          if let expected = reference[value.kind] {
            if step != expected.step {
              findings.append(
                finding(
                  at: value.range.start, step: step, expected: expected.step,
                  parent: "'\(key.value)'", sibling: "'\(expected.key)'"))
            }
          } else {
            reference[value.kind] = (step, key.value)
          }
        }
      case .sequence:
        var reference: Int?
        for item in document.items(id) {
          let value = document[item]
          guard value.style == .block, value.kind == .mapping || value.kind == .sequence else { continue }
          let step = value.range.start.column - node.range.start.column
          if let expected = reference, step != expected {
            findings.append(
              finding(
                at: value.range.start, step: step, expected: expected, parent: "its '-'", sibling: "the first item"))
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
