import SDCore

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
/// annotations on the pull request: errors first, then warnings, then infos as notices.
package struct GitHubFormatter: DiagnosticFormatter {
  /// Creates the formatter.
  package init() {}

  /// One workflow command per diagnostic, most severe first, source order within a severity.
  package func format(_ report: LintReport) -> String {
    let entries = report.entries
    var output = ""
    for severity in Severity.allCases.reversed() {
      for entry in entries where entry.diagnostic.severity == severity {
        output += command(for: entry)
        output += "\n"
      }
    }
    return output
  }

  /// Columns are given only for a range on one line, as GitHub ignores them otherwise;
  /// `endColumn` is the last column of the range (inclusive), as GitHub reads it.
  private func command(for entry: ReportedDiagnostic) -> String {
    let diagnostic = entry.diagnostic
    let range = diagnostic.range
    let path = ControlCharacterEscaping.escaped(entry.path)
    var properties = ["file=\(Self.escape(path, inProperty: true))", "line=\(range.start.line)"]
    if range.start.line == range.end.line {
      properties.append("col=\(range.start.column)")
      properties.append("endLine=\(range.end.line)")
      properties.append("endColumn=\(max(range.start.column, range.end.column - 1))")
    } else {
      properties.append("endLine=\(range.end.line)")
    }
    properties.append("title=\(Self.escape(diagnostic.rule.rawValue, inProperty: true))")
    // Control characters from the user's file are escaped; line breaks are left to the workflow-command
    // escaping, which turns them into %0D and %0A, so nothing can start a command line of its own.
    var message = ControlCharacterEscaping.escaped(diagnostic.message, keepingLineBreaks: true)
    if let help = diagnostic.help {
      message += "\nhelp: \(ControlCharacterEscaping.escaped(help, keepingLineBreaks: true))"
    }
    let name = Self.command(for: diagnostic.severity)
    return "::\(name) \(properties.joined(separator: ","))::\(Self.escape(message, inProperty: false))"
  }

  private static func command(for severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "notice"
    }
  }

  /// Workflow-command escaping: `%`, CR and LF always, and `:` and `,` in a property value.
  package static func escape(_ text: String, inProperty: Bool) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": escaped += "%25"
      case "\r": escaped += "%0D"
      case "\n": escaped += "%0A"
      case ":" where inProperty: escaped += "%3A"
      case "," where inProperty: escaped += "%2C"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
