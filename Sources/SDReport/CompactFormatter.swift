/// One line per diagnostic, `file:line:col: severity: message [rule]`, and nothing else.
package struct CompactFormatter: DiagnosticFormatter {
  /// About the length of one line, to size the output once.
  static let typicalLineLength = 128

  /// Creates the formatter.
  package init() {}

  /// The diagnostics' lines in source order.
  package func format(_ report: LintReport) -> String {
    let plain = TerminalStyle(enabled: false)
    let entries = report.entries
    var output: [UInt8] = []
    output.reserveCapacity(entries.count * Self.typicalLineLength)
    for index in entries.indices {
      entries[index].appendHeadline(to: &output, style: plain)
      output.append(UInt8(ascii: "\n"))
    }
    return String(decoding: output, as: UTF8.self)
  }
}
