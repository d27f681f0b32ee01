import SDCore

/// A diagnostic together with the file it points into, as formatters print it.
package struct ReportedDiagnostic: Sendable {
  /// The path of the file the diagnostic points into, as shown to the user.
  package let path: String
  /// The text of that file, nil when the report does not carry it (no source line is shown then).
  package let source: SourceText?
  /// The finding itself.
  package let diagnostic: Diagnostic
}

extension ReportedDiagnostic {
  /// `path:line:col: severity: message [rule]`, the first line of the text and compact formats; control
  /// characters in the path and the message are escaped.
  func headline(style: TerminalStyle) -> String {
    var bytes: [UInt8] = []
    appendHeadline(to: &bytes, style: style)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the headline's UTF-8 bytes: byte appends cost a fraction of `String` appends, which matters for
  /// the hundreds of lines a large file's report has.
  func appendHeadline(to output: inout [UInt8], style: TerminalStyle) {
    let start = diagnostic.range.start
    ControlCharacterEscaping.append(path, to: &output)
    output.append(UInt8(ascii: ":"))
    Self.appendDecimal(start.line, to: &output)
    output.append(UInt8(ascii: ":"))
    Self.appendDecimal(start.column, to: &output)
    output.append(contentsOf: ": ".utf8)
    style.append(diagnostic.severity.rawValue + ":", TerminalStyle.code(for: diagnostic.severity), to: &output)
    output.append(UInt8(ascii: " "))
    style.append(ControlCharacterEscaping.escaped(diagnostic.message), .bold, to: &output)
    output.append(contentsOf: " [".utf8)
    output.append(contentsOf: diagnostic.rule.rawValue.utf8)
    output.append(UInt8(ascii: "]"))
  }

  /// Appends the decimal digits of `number` (with a `-` when negative).
  private static func appendDecimal(_ number: Int, to output: inout [UInt8]) {
    if number < 0 { output.append(UInt8(ascii: "-")) }
    let magnitude = number.magnitude
    var place: UInt = 1
    while place <= magnitude / 10 { place *= 10 }
    repeat {
      output.append(UInt8(ascii: "0") + UInt8(magnitude / place % 10))
      place /= 10
    } while place > 0
  }
}
