/// Runs every enabled rule over a file: parse, decode, check, apply severities and directives, sort.
public struct Linter: Sendable {
  /// The rules this linter runs.
  public let rules: [any LintRule]
  /// The options of the run.
  public let options: LintOptions

  /// Creates a linter over `rules` (default: every registered rule).
  public init(options: LintOptions = LintOptions(), rules: [any LintRule] = RuleRegistry.all) {
    self.options = options
    self.rules = rules
  }

  /// The findings in `source`, sorted by position.
  public func lint(_ source: SourceText) -> [Diagnostic] {
    let parse = YAMLParser().parse(source)
    var reported = parse.diagnostics
    var config = PrometheusConfig()
    if !parse.failed {
      let decoded = ConfigDecoder(version: options.prometheusVersion).decode(parse.document)
      config = decoded.config
      reported.append(contentsOf: decoded.diagnostics)
    }
    let directives = SuppressionDirectives(source: source, knownRules: RuleRegistry.ids)
    reported.append(contentsOf: directives.problems)
    let context = LintContext(
      source: source, document: parse.document, config: config, options: options, reported: reported)
    var findings: [Diagnostic] = []
    for rule in rules {
      guard let severity = options.severity(of: rule.info) else { continue }
      let overridden = options.severityOverrides[rule.info.id] != nil
      for var finding in rule.check(context) where !directives.silences(finding) {
        if overridden { finding.severity = severity }
        findings.append(finding)
      }
    }
    for rule in context.reportedRules where !RuleRegistry.ids.contains(rule) {
      findings.append(contentsOf: context.reported(by: rule).filter { !directives.silences($0) })
    }
    findings.sort(by: Diagnostic.sourceOrder)
    return findings
  }
}
