/// Everything a rule may look at in one file: its text, the parsed document and what the parser and
/// decoder already reported.
public struct LintContext: Sendable {
  /// The file being linted.
  public let source: SourceText
  /// The first YAML document of the file (empty when it does not parse).
  public let document: YAMLDocument
  /// The configuration as Prometheus decodes it (defaults where the file does not parse).
  public let config: PrometheusConfig
  /// The options of this run.
  public let options: LintOptions
  /// Every relabel rule of `config` with its nodes, gathered once for all `relabel/*` rules.
  let relabelSites: [RelabelRuleSite]
  private let reportedByRule: [String: [Diagnostic]]

  /// Creates a context; `reported` are the parser's and decoder's findings.
  public init(
    source: SourceText, document: YAMLDocument, config: PrometheusConfig, options: LintOptions,
    reported: [Diagnostic]
  ) {
    self.source = source
    self.document = document
    self.config = config
    self.options = options
    self.relabelSites = RelabelRuleSite.all(in: config)
    self.reportedByRule = Dictionary(grouping: reported, by: \.rule)
  }

  /// What the parser and decoder reported under `rule`.
  public func reported(by rule: String) -> [Diagnostic] {
    reportedByRule[rule] ?? []
  }

  /// The rule ids the parser and decoder reported under.
  var reportedRules: Dictionary<String, [Diagnostic]>.Keys { reportedByRule.keys }
}
