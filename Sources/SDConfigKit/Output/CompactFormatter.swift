/// One line per diagnostic, `file:line:col: severity: message [rule]`, and nothing else.
public struct CompactFormatter: DiagnosticFormatter {
  /// Creates the formatter.
  public init() {}

  /// The diagnostics' lines in source order.
  public func format(_ report: LintReport) -> String {
    let plain = TerminalStyle(enabled: false)
    var output = ""
    for entry in report.entries {
      output += entry.headline(style: plain)
      output += "\n"
    }
    return output
  }
}
