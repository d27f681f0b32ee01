/// Turns a lint report into the text of one output format.
public protocol DiagnosticFormatter: Sendable {
  /// The complete output for `report`, ending with a newline unless it is empty.
  func format(_ report: LintReport) -> String
}
