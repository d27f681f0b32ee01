import SDCore
import SDYAML

/// Finds what `render` cannot copy from a spec into prometheus.yml with its meaning intact: sections and
/// scrape settings are written back as plain YAML, so an explicit tag (`!!binary`, `!!int "100"`) would be
/// dropped and a complex key (`? [a, b]`) would become an empty one. Each is refused at its place instead.
struct SpecPassthroughCheck {
  private let document: YAMLDocument
  private let file: String?
  private(set) var diagnostics: [Diagnostic] = []

  init(document: YAMLDocument, file: String?) {
    self.document = document
    self.file = file
  }

  /// Checks the value `id` and everything inside it; an alias's target is checked where it is written.
  mutating func check(_ id: YAMLNode.ID) {
    var visited = Set<YAMLNode.ID>()
    var pending = [id]
    while let next = pending.popLast() {
      let resolved = document.resolve(next)
      guard visited.insert(resolved).inserted else { continue }
      let node = document[resolved]
      if let tag = node.tag, !Self.keepsMeaning(tag, kind: node.kind) {
        report(
          "render cannot keep the tag '\(tag)' on this value; write the value it stands for without the tag",
          node.range)
      }
      switch node.kind {
      case .sequence:
        pending += document.items(resolved)
      case .mapping:
        for pair in document.pairs(resolved) {
          let key = document[document.resolve(pair.key)]
          if key.kind != .scalar {
            report("render cannot write a complex mapping key; use a plain string key", document[pair.key].range)
          } else if let tag = key.tag, tag != "!!str", !document.isMergeKey(pair.key) {
            report(
              "render cannot keep the tag '\(tag)' on this key; write the key without the tag",
              document[pair.key].range)
          }
          pending.append(pair.value)
        }
      case .scalar, .alias:
        break
      }
    }
  }

  /// Tags whose meaning the written value keeps: a string stays a string, a collection a collection.
  private static func keepsMeaning(_ tag: String, kind: YAMLNode.Kind) -> Bool {
    switch kind {
    case .scalar, .alias: tag == "!!str"
    case .sequence: tag == "!!seq"
    case .mapping: tag == "!!map"
    }
  }

  private mutating func report(_ message: String, _ range: SourceRange) {
    diagnostics.append(
      Diagnostic(rule: .specInvalidValue, severity: .error, message: message, range: range, file: file))
  }
}
