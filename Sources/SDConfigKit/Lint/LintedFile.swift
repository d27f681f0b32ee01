/// What linting one file found, in it and in the files its `scrape_config_files` pull in.
public struct LintedFile: Sendable {
  /// The findings, sorted; those with `file` set point into one of `includedSources`.
  public var diagnostics: [Diagnostic]
  /// The files pulled in, each once, by the path their findings name.
  public var includedSources: [SourceText]

  /// Creates a result.
  public init(diagnostics: [Diagnostic], includedSources: [SourceText]) {
    self.diagnostics = diagnostics
    self.includedSources = includedSources
  }
}
