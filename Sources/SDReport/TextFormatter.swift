/// Compiler-style output for people: a headline per diagnostic, the source line with the range
/// underlined, `= help:` / `= note:` / `= fix:` lines, a blank line, and a summary line at the end.
package struct TextFormatter: DiagnosticFormatter {
  /// Whether ANSI colours and bold are written.
  package var useColor: Bool

  /// Creates the formatter; the caller decides on colour (a terminal, no `NO_COLOR`).
  package init(useColor: Bool = false) {
    self.useColor = useColor
  }

  /// Every diagnostic in source order, then the summary line.
  package func format(_ report: LintReport) -> String {
    let style = TerminalStyle(enabled: useColor)
    var output = ""
    var cursors: [String: ColumnCursor] = [:]
    for entry in report.entries {
      append(entry, style: style, cursor: &cursors[entry.path, default: ColumnCursor()], to: &output)
      output += "\n"
    }
    output += report.summary.description
    output += "\n"
    return output
  }

  private func append(
    _ entry: ReportedDiagnostic, style: TerminalStyle, cursor: inout ColumnCursor, to output: inout String
  ) {
    let diagnostic = entry.diagnostic
    output += entry.headline(style: style)
    output += "\n"
    let lineNumber = String(diagnostic.range.start.line)
    let margin = String(repeating: " ", count: lineNumber.count + 1)
    if let source = entry.source, let snippet = SourceSnippet(source: source, range: diagnostic.range, cursor: &cursor) {
      output += style.paint(" \(lineNumber) |", .gutter)
      output += snippet.line.isEmpty ? "\n" : " \(snippet.line)\n"
      output += style.paint("\(margin) |", .gutter)
      output += String(repeating: " ", count: snippet.indent + 1)
      output += style.paint(snippet.underline, TerminalStyle.code(for: diagnostic.severity))
      output += "\n"
    }
    var annotations: [(label: String, text: String)] = []
    if let help = diagnostic.help { annotations.append(("help", help)) }
    annotations += diagnostic.notes.map { ("note", $0) }
    annotations += diagnostic.fixes.map { ($0.isSafe ? "fix" : "fix (unsafe)", $0.title) }
    for annotation in annotations {
      let text = ControlCharacterEscaping.escaped(annotation.text)
      output += "\(margin) \(style.paint("=", .gutter)) \(annotation.label): \(text)\n"
    }
  }
}
