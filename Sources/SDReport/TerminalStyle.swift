import SDCore

/// ANSI colouring for terminal output; a disabled style returns text unchanged.
struct TerminalStyle: Sendable {
  /// An SGR attribute combination.
  enum Code: String, Sendable {
    case bold = "1"
    case error = "1;31"
    case warning = "1;33"
    case info = "1;36"
    case gutter = "1;34"
  }

  /// Whether escape sequences are written.
  let enabled: Bool

  /// `text` wrapped in the escape sequences of `code` when enabled.
  func paint(_ text: String, _ code: Code) -> String {
    enabled ? "\u{1B}[\(code.rawValue)m\(text)\u{1B}[0m" : text
  }

  /// Appends the UTF-8 bytes of `text` to `output`, wrapped in the escape sequences of `code` when enabled.
  func append(_ text: String, _ code: Code, to output: inout [UInt8]) {
    guard enabled else { return output.append(contentsOf: text.utf8) }
    output.append(contentsOf: "\u{1B}[".utf8)
    output.append(contentsOf: code.rawValue.utf8)
    output.append(UInt8(ascii: "m"))
    output.append(contentsOf: text.utf8)
    output.append(contentsOf: "\u{1B}[0m".utf8)
  }

  /// The colour of a severity word and of the caret under a diagnostic of that severity.
  static func code(for severity: Severity) -> Code {
    switch severity {
    case .error: .error
    case .warning: .warning
    case .info: .info
    }
  }
}
