import SDCore
import SDYAML
import PrometheusModel

/// One `scrape_config_files` entry of a linted file: where it is written and the files it matches.
struct IncludeEntry: Sendable {
  /// Where the pattern is written.
  let range: SourceRange
  /// The pattern, resolved against the including file's directory.
  let pattern: IncludePattern
  /// The existing files it matches, in the order Prometheus reads them.
  let paths: [String]

  /// The entries of `config`'s `scrape_config_files` with valid patterns, resolved against `includingFile`.
  static func entries(of config: PrometheusConfig, in document: YAMLDocument, includingFile: String) -> [IncludeEntry] {
    guard !config.scrapeConfigFiles.isEmpty, let list = config.valueNode("scrape_config_files") else { return [] }
    let resolved = document.resolve(list)
    guard document[resolved].kind == .sequence else { return [] }
    return document.items(resolved).compactMap { item in
      let node = document[document.resolve(item)]
      guard node.kind == .scalar, !node.isNull, DecodingSession.isValidFilePattern(node.value) else { return nil }
      let pattern = IncludePattern(node.value, includingFile: includingFile)
      return IncludeEntry(range: node.range, pattern: pattern, paths: pattern.matches())
    }
  }

  /// The warning for a pattern without wildcards that names no file, which Prometheus skips silently.
  var missingFileFinding: Diagnostic? {
    guard pattern.isLiteral, paths.isEmpty else { return nil }
    return Diagnostic(
      rule: .schemaMissingInclude, severity: .warning,
      message: "the scrape config file '\(pattern.path)' does not exist, so Prometheus loads none of its jobs",
      range: range,
      help: "correct the path (it is relative to the directory of the file that names it), or remove the entry",
      notes: ["Prometheus skips a scrape_config_files entry that matches no file without a warning"])
  }
}
