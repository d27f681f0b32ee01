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
    id: .yamlTabs,
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
    .clean("global:\n  external_labels:\n    note: tab\there # a\tcomment\n"),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    let source = context.source
    let bytes = source.bytes
    guard context.document.root != nil, Self.containsTab(bytes) else { return [] }
    let scalars = context.document.nodes.filter { $0.kind == .scalar }.map(\.range).sorted { $0.start < $1.start }
    var findings: [Diagnostic] = []
    var line = 0
    var column = 1
    var inComment = false
    var offset = 0
    while offset < bytes.count {
      if line < source.lineStarts.count, offset == source.lineStarts[line] {
        line += 1
        column = 1
        inComment = false
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        continue
      }
      let byte = bytes[offset]
      let position = SourcePosition(line: line, column: column)
      let blankBefore = column == 1 || bytes[offset - 1] == UInt8(ascii: " ") || bytes[offset - 1] == 0x09
      if byte == UInt8(ascii: "#"), !inComment, blankBefore, !Self.isInScalar(position, scalars) {
        inComment = true
      } else if byte == 0x09, !inComment, !Self.isInScalar(position, scalars) {
        findings.append(tabFinding(at: SourceRange(line: line, column: column, length: 1)))
      }
      if byte & 0xC0 != 0x80 { column += 1 }
      offset += 1
    }
    return findings
  }

  private func tabFinding(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      rule: info.id, severity: info.defaultSeverity, message: "a tab character is used as whitespace here",
      range: range, help: "replace the tab with spaces",
      fixes: [
        Fix(title: "replace the tab with a space", edits: [TextEdit(range: range, replacement: " ")], isSafe: true)
      ])
  }

  /// Whether `position` is inside one of `scalars` (sorted by start; scalars never overlap).
  private static func isInScalar(_ position: SourcePosition, _ scalars: [SourceRange]) -> Bool {
    var low = 0
    var high = scalars.count
    while low < high {
      let mid = (low + high) / 2
      if scalars[mid].start <= position { low = mid + 1 } else { high = mid }
    }
    return low > 0 && position < scalars[low - 1].end
  }

  /// True when `bytes` hold a tab; `memchr` scans a large file far faster than a byte loop.
  private static func containsTab(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, Int32(UInt8(ascii: "\t")), buffer.count) != nil
    }
  }
}
