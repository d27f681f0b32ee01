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
  /// Appends `path:line:col: severity: message [rule]`, the first line of the text and compact formats, piece
  /// by piece: no intermediate strings for the hundreds of lines a large file's report has.
  func appendHeadline(to output: inout String, style: TerminalStyle) {
    let start = diagnostic.range.start
    output.append(path)
    output.append(":")
    output.append(String(start.line))
    output.append(":")
    output.append(String(start.column))
    output.append(": ")
    style.append(diagnostic.severity.rawValue + ":", TerminalStyle.code(for: diagnostic.severity), to: &output)
    output.append(" ")
    style.append(diagnostic.message, .bold, to: &output)
    output.append(" [")
    output.append(diagnostic.rule)
    output.append("]")
  }
}
