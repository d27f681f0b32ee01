import SDCore
import SDYAML

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// `yaml/tabs`: tab characters used as whitespace between YAML tokens.
package struct YAMLTabsRule: LintRule {
  package init() {}

  package let info = RuleInfo(
    id: "yaml/tabs",
    summary: "A tab character is used as whitespace outside a string.",
    rationale: """
      YAML forbids tabs in indentation, and where it tolerates them (after a colon, inside flow \
      collections) they make the structure depend on the editor's tab width. One stray tab that moves into \
      the indentation makes Prometheus refuse the whole file.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged("global:\n  scrape_interval:↓\t15s\n"),
    .clean("global:\n  external_labels:\n    note: \"a\\tb\"\n"),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    guard context.document.root != nil, Self.containsTab(context.source.bytes) else { return [] }
    let insideScalars = scalarRanges(context.document)
    var findings: [Diagnostic] = []
    var line = 1
    var column = 1
    for byte in context.source.bytes {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
        continue
      }
      if byte == UInt8(ascii: "\t") {
        let position = SourcePosition(line: line, column: column)
        if !insideScalars.contains(where: { $0.start <= position && position < $0.end }) {
          let range = SourceRange(line: line, column: column, length: 1)
          findings.append(
            Diagnostic(
              rule: info.id, severity: info.defaultSeverity,
              message: "a tab character is used as whitespace here",
              range: range, help: "replace the tab with spaces",
              fixes: [
                Fix(
                  title: "replace the tab with a space", edits: [TextEdit(range: range, replacement: " ")], isSafe: true
                )
              ]))
        }
      }
      if byte & 0xC0 != 0x80 { column += 1 }
    }
    return findings
  }

  /// True when `bytes` hold a tab; `memchr` scans a large file far faster than a byte loop.
  private static func containsTab(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, Int32(UInt8(ascii: "\t")), buffer.count) != nil
    }
  }

  private func scalarRanges(_ document: YAMLDocument) -> [SourceRange] {
    document.nodes.filter { $0.kind == .scalar && $0.style != .plain }.map(\.range)
  }
}
