import SDCore
import GCEKnowledge
import PrometheusModel

/// What a lint run checks against and which rules it runs at which severity.
public struct LintOptions: Sendable {
  /// The Prometheus version whose schema and semantics apply.
  public var prometheusVersion: PrometheusVersion = .newest
  /// The zones that exist (bundled, or read from `--zones-file`).
  package var zones: ZoneCatalogue = .bundled
  /// Project ids the user declares as real, never reported as typos of each other.
  public var knownProjects: Set<String> = []
  /// Per-rule severity; nil turns the rule off. Rules not listed keep their default.
  public var severityOverrides: [RuleID: Severity?] = [:]
  /// Whether templating placeholders are recognised (`--placeholders`).
  public var placeholders: PlaceholderMode = .auto
  /// Whether files are prometheus.yml files, sdgen specs, or recognised by their content.
  public var fileKind: FileKind = .auto

  /// What kind of file a linted file is.
  public enum FileKind: String, CaseIterable, Sendable {
    /// A spec when its top level has `jobs`, `defaults` or `templates` and no `scrape_configs`.
    case auto
    /// An sdgen spec (`sdgen.yml`).
    case spec
    /// A Prometheus configuration.
    case prometheus
  }

  /// Options with every rule at its default severity, for the newest Prometheus.
  public init() {}

  /// The severity `rule` reports at, or nil when it is turned off.
  public func severity(of rule: RuleInfo) -> Severity? {
    if let override = severityOverrides[rule.id] { return override }
    return rule.isOnByDefault ? rule.defaultSeverity : nil
  }
}
