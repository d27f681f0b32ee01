import SDCore

/// The output formats of `sdgen lint --format`.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Compiler-style diagnostics with source lines and a summary, for people.
  case text
  /// One line per diagnostic, for editors and problem matchers.
  case compact
  /// One JSON object, the contract for scripts.
  case json
  /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
  case sarif
  /// GitHub Actions workflow commands, which become annotations on a pull request.
  case github

  /// The formatter for this format; `useColor` matters only for `text`, `sourceRoot` (the folder
  /// relative paths start from) only for `sarif`, which also names this release and links each rule's page.
  public func formatter(useColor: Bool, sourceRoot: String? = nil) -> any DiagnosticFormatter {
    switch self {
    case .text: TextFormatter(useColor: useColor)
    case .compact: CompactFormatter()
    case .json: JSONFormatter()
    case .sarif:
      SARIFFormatter(
        sourceRoot: sourceRoot, informationURI: SDGenRelease.homepage, toolVersion: SDGenRelease.version)
    case .github: GitHubFormatter()
    }
  }
}
