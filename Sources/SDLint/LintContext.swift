import SDCore
import SDYAML
import PrometheusModel

/// Everything a rule may look at in one file: its text, the parsed document and what the parser and
/// decoder already reported.
public struct LintContext: Sendable {
  /// The file being linted.
  public let source: SourceText
  /// The first YAML document of the file (empty when it does not parse).
  package let document: YAMLDocument
  /// The configuration as Prometheus decodes it (defaults where the file does not parse).
  package let config: PrometheusConfig
  /// The options of this run.
  public let options: LintOptions
  /// The templating placeholders of the file (none with `--placeholders=off`).
  package let placeholders: Placeholders
  /// The caches of the linter running the rules.
  package let caches: LintCaches
  private let reportedByRule: [RuleID: [Diagnostic]]
  private let lazyRelabelSites = LintContextLazy<[RelabelRuleSite]>()
  private let lazyGCEValues = LintContextLazy<GCEValues>()
  private let lazyFilterProblems = LintContextLazy<GCEFilterProblems>()

  /// Creates a context; `reported` are the parser's and decoder's findings.
  package init(
    source: SourceText, document: YAMLDocument, config: PrometheusConfig, options: LintOptions,
    reported: [Diagnostic]
  ) {
    self.init(
      source: source, document: document, config: config, options: options, reported: reported, placeholders: .none,
      caches: LintCaches())
  }

  /// Creates a context for a file whose templating placeholders are `placeholders`, for a linter with
  /// `caches`.
  package init(
    source: SourceText, document: YAMLDocument, config: PrometheusConfig, options: LintOptions,
    reported: [Diagnostic], placeholders: Placeholders, caches: LintCaches
  ) {
    self.placeholders = placeholders
    self.caches = caches
    self.source = source
    self.document = document
    self.config = config
    self.options = options
    self.reportedByRule = Dictionary(grouping: reported, by: \.rule)
  }

  /// Every relabel rule of `config` with its nodes, gathered once for all `relabel/*` rules.
  var relabelSites: [RelabelRuleSite] {
    lazyRelabelSites.value { RelabelRuleSite.all(in: config, regexes: caches.regexes) }
  }

  /// The scalar values of the `gce_sd_configs` entries, gathered once for the `gce/*` value rules.
  var gceValues: GCEValues {
    lazyGCEValues.value { GCEValues(config: config, document: document) }
  }

  /// The analysed `filter:` values, made once for the `gce/*` filter rules.
  var filterProblems: GCEFilterProblems {
    lazyFilterProblems.value {
      GCEFilterProblems(config.scrapeConfigs, nodeCount: document.nodes.count, reports: caches.filterReports)
    }
  }

  /// `pattern` compiled as `version` compiles a relabel regex, from the linter's cache; nil when it
  /// does not compile.
  func relabelRegex(_ pattern: String, version: PrometheusVersion) -> RelabelRegex? {
    try? caches.regexes.regex(pattern, version: version)
  }

  /// What the parser and decoder reported under `rule`.
  package func reported(by rule: RuleID) -> [Diagnostic] {
    reportedByRule[rule] ?? []
  }

  /// The rule ids the parser and decoder reported under.
  var reportedRules: Dictionary<RuleID, [Diagnostic]>.Keys { reportedByRule.keys }
}
