/// A diagnostic together with the file it points into, as formatters print it.
public struct ReportedDiagnostic: Sendable {
  /// The path of the file the diagnostic points into, as shown to the user.
  public let path: String
  /// The text of that file, nil when the report does not carry it (no source line is shown then).
  public let source: SourceText?
  /// The finding itself.
  public let diagnostic: Diagnostic
}

extension ReportedDiagnostic {
  /// `path:line:col: severity: message [rule]`, the first line of the text and compact formats.
  func headline(style: TerminalStyle) -> String {
    let start = diagnostic.range.start
    let severity = style.paint("\(diagnostic.severity.rawValue):", TerminalStyle.code(for: diagnostic.severity))
    let message = style.paint(diagnostic.message, .bold)
    return "\(path):\(start.line):\(start.column): \(severity) \(message) [\(diagnostic.rule)]"
  }
}
