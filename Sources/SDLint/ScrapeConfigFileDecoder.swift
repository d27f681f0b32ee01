import SDCore
import SDYAML
import PrometheusModel

/// Decodes a file named by `scrape_config_files` as Prometheus does: it may hold only `scrape_configs`,
/// and each job is validated against the including file's `global` section.
struct ScrapeConfigFileDecoder: Sendable {
  /// The Prometheus release whose schema applies.
  let version: PrometheusVersion
  /// The including file's global section, which the jobs inherit from.
  let global: GlobalConfig
  /// Where relabel regexes are compiled (the linter's cache).
  let regexes: RelabelRegexCache

  /// The included jobs (with `global` copied in) and what is wrong with the file.
  func decode(_ document: YAMLDocument) -> (config: PrometheusConfig, diagnostics: [Diagnostic]) {
    var session = DecodingSession(
      document: document, version: version,
      relabelValidation: ConfigDecoder.prometheusRelabelValidation(regexes: regexes))
    session.globalSchemes.validation = global.metricNameValidationScheme
    session.globalSchemes.escaping = global.metricNameEscapingScheme
    var config = PrometheusConfig()
    config.global = global
    guard let root = document.root.map(document.resolve), !document[root].isNull else { return (config, []) }
    guard document[root].kind == .mapping else {
      session.report(
        .schemaTopLevel, "a scrape config file must be a mapping with a scrape_configs list", at: root,
        help: "start the file with 'scrape_configs:' and list the jobs under it",
        notes: [DecodingSession.prometheusSays("cannot unmarshal into config.ScrapeConfigs")])
      return (config, session.diagnostics)
    }
    var entries: [MappingNodes.Entry] = []
    for pair in document.mappingEntries(root) {
      let key = document.resolve(pair.key)
      let name = document[key].value
      if name == "scrape_configs" {
        entries.append(MappingNodes.Entry(name: name, key: key, value: pair.value))
      } else {
        reportForbidden(name, at: key, in: &session)
      }
    }
    config.nodes = MappingNodes(node: root, entries: entries)
    if let entry = entries.first {
      config.scrapeConfigs = session.decodeScrapeConfigs(entry, global: global)
    }
    return (config, ConfigDecoder.inSourceOrder(session.diagnostics))
  }

  private func reportForbidden(_ name: String, at key: YAMLNode.ID, in session: inout DecodingSession) {
    let prometheus = DecodingSession.prometheusSays("field \(name) not found in type config.ScrapeConfigs")
    if Schema.key(name, in: .top) != nil {
      session.report(
        .schemaMisplacedKey, "'\(name)' is not allowed in a scrape config file, which holds only scrape_configs",
        at: key, help: "move '\(name)' into the main configuration file", notes: [prometheus])
    } else {
      session.report(
        .schemaUnknownKey, "unknown key '\(name)' in a scrape config file, which holds only scrape_configs",
        at: key, help: "remove '\(name)', or list it as a job under 'scrape_configs:'", notes: [prometheus])
    }
  }
}
