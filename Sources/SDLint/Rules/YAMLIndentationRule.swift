import SDCore
import SDYAML
import PrometheusModel

/// `yaml/indentation`: a key that indentation puts in another block than the one it is meant for.
package struct YAMLIndentationRule: LintRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlIndentation,
    summary: "A key is indented so that it lands outside the block it belongs to.",
    rationale: """
      When a block key such as `gce_sd_configs:` or `basic_auth:` is followed by its settings at its own \
      column instead of deeper, YAML reads the block as empty and the settings as its siblings: the job \
      silently loses its discovery or its credentials, or Prometheus refuses a key it does not expect there. \
      Indentation that only differs in style (lists indented 0 or 2 columns, blocks stepped by 2 or 4) \
      means the same and is left to the opt-in `yaml/indentation-style`; indentation that breaks parsing is \
      reported by `yaml/syntax` with the column to use.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          basic_auth:
          ↓username: prometheus
          password_file: /etc/prometheus/password
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          tls_config:
          ↓insecure_skip_verify: true
      """),
    .clean(
      """
      scrape_configs:
      - job_name: node
        basic_auth:
            username: prometheus
        tls_config:
          insecure_skip_verify: false
        gce_sd_configs:
        - project: ml-platform-a
          zone: us-east1-b
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    let document = context.document
    let nodes = document.nodes
    var findings: [Diagnostic] = []
    for id in nodes.indices where nodes[id].style == .block && nodes[id].kind == .mapping {
      var previous: YAMLPair?
      for pair in document.pairView(id) {
        defer { previous = pair }
        // Cheapest test first: almost every value has text.
        guard let empty = previous, nodes[empty.value].value.isEmpty, document.isNull(empty.value),
          let block = Self.blockKinds[nodes[empty.key].value]
        else { continue }
        let key = nodes[pair.key]
        guard Schema.key(key.value, in: block) != nil,
          Self.onlyBlankLines(between: nodes[empty.key].range.start.line, and: key.range.start.line, in: context.source)
        else { continue }
        findings.append(finding(for: key, under: nodes[empty.key]))
      }
    }
    return findings
  }

  /// True when the lines strictly between `first` and `last` are blank or comments.
  private static func onlyBlankLines(between first: Int, and last: Int, in source: SourceText) -> Bool {
    guard last > first + 1 else { return last == first + 1 }
    return (first + 1..<last).allSatisfy { line in
      let text = source.line(line).drop { $0 == " " }
      return text.isEmpty || text.first == "#"
    }
  }

  /// The block each block-valued key opens, over every block of the schema.
  private static let blockKinds: [String: SchemaBlock] = {
    var kinds: [String: SchemaBlock] = [:]
    for parent in SchemaBlock.allCases {
      for key in Schema.keys(of: parent) {
        switch key.kind {
        case .block(let block), .blockList(let block): kinds[key.name] = block
        default: break
        }
      }
    }
    return kinds
  }()

  private func finding(for key: YAMLNode, under parent: YAMLNode) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: """
        '\(key.value)' is at the same column as '\(parent.value)', which is left empty, so it is read as a \
        sibling of '\(parent.value)' instead of inside it
        """,
      range: key.range,
      help: "indent '\(key.value)' and the lines after it deeper than '\(parent.value)'")
  }
}
