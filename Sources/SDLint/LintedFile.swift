import SDCore
import SDYAML
import PrometheusModel

/// What linting one file found, in it and in the files its `scrape_config_files` pull in.
public struct LintedFile: Sendable {
  /// The findings, sorted; those with `file` set point into one of `includedSources`.
  public var diagnostics: [Diagnostic]
  /// The files pulled in, each once, by the path their findings name.
  public var includedSources: [SourceText]
  /// The file's first YAML document (empty when it does not parse).
  package var document: YAMLDocument
  /// The configuration decoded from `document`, as far as it decodes.
  public var config: PrometheusConfig

  /// Creates a result.
  package init(
    diagnostics: [Diagnostic], includedSources: [SourceText], document: YAMLDocument = .empty,
    config: PrometheusConfig = PrometheusConfig()
  ) {
    self.diagnostics = diagnostics
    self.includedSources = includedSources
    self.document = document
    self.config = config
  }
}
