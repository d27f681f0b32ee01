import SDCore
import SDYAML
import PrometheusModel
import SDRender

/// Runs every enabled rule over a file: parse, decode, check, apply severities and directives, sort.
public struct Linter: Sendable {
  /// The rules this linter runs.
  public let rules: [any LintRule]
  /// The options of the run.
  public let options: LintOptions
  /// The ids a `# sdgen:ignore` directive may name: the registry's and those of `rules`.
  let directiveRuleIDs: Set<RuleID>
  /// What this linter remembers across files and rule threads; never shared with another linter.
  package let caches: LintCaches

  /// Creates a linter over `rules` (default: every registered rule).
  public init(options: LintOptions = LintOptions(), rules: [any LintRule] = RuleRegistry.all) {
    self.init(options: options, rules: rules, caches: LintCaches())
  }

  /// Creates a linter over `rules` that uses `caches` (those of the linter it works for).
  package init(options: LintOptions, rules: [any LintRule], caches: LintCaches) {
    self.options = options
    self.rules = rules
    self.directiveRuleIDs = RuleRegistry.ids.union(rules.map(\.info.id))
    self.caches = caches
  }

  /// The findings in `source`, sorted by position; the files its `scrape_config_files` name are
  /// looked up (a missing one is reported) but not linted.
  public func lint(_ source: SourceText) -> [Diagnostic] {
    let placeholders = self.placeholders(in: source)
    let parse = YAMLParser().parse(placeholders.blankingDirectiveLines(of: source))
    if isSpec(parse) { return SpecLinter(self).lint(source).diagnostics }
    let main = decodeMain(source, parse)
    return check(
      source, document: main.document, config: main.config, reported: main.reported, placeholders: placeholders)
  }

  /// The findings in `source` and, as Prometheus loads them, in the files its `scrape_config_files`
  /// pull in (their findings carry `file`), with job names repeated across files reported. An included
  /// file whose path is a key of `replacements` is linted from that text instead of the disk.
  public func lintFollowingIncludes(_ source: SourceText, replacing replacements: [String: SourceText] = [:])
    -> LintedFile
  {
    let placeholders = self.placeholders(in: source)
    let parse = YAMLParser().parse(placeholders.blankingDirectiveLines(of: source))
    if isSpec(parse) {
      let spec = SpecLinter(self).lint(source)
      return LintedFile(
        diagnostics: spec.diagnostics, includedSources: [], document: spec.rendered.document, config: PrometheusConfig())
    }
    let main = decodeMain(source, parse)
    var inclusion = Inclusion(
      linter: self, main: source, document: main.document, config: main.config, replacements: replacements)
    for entry in main.includes { inclusion.include(entry) }
    var diagnostics = check(
      source, document: main.document, config: main.config, reported: main.reported + inclusion.entryFindings,
      placeholders: placeholders)
    if !inclusion.sources.isEmpty {
      diagnostics.append(contentsOf: inclusion.diagnostics)
      diagnostics.sort(by: Diagnostic.sourceOrder)
    }
    return LintedFile(
      diagnostics: diagnostics, includedSources: inclusion.sources, document: main.document, config: main.config)
  }

  /// Parses and decodes the file itself and resolves its `scrape_config_files` entries; `reported` is
  /// what parsing, decoding and resolving found.
  private func decodeMain(_ source: SourceText, _ parse: YAMLParseResult) -> (
    document: YAMLDocument, config: PrometheusConfig, includes: [IncludeEntry], reported: [Diagnostic]
  ) {
    var reported = parse.diagnostics
    guard !parse.failed else { return (parse.document, PrometheusConfig(), [], reported) }
    let decoded = ConfigDecoder(
      version: options.prometheusVersion,
      relabelValidation: ConfigDecoder.prometheusRelabelValidation(regexes: caches.regexes)
    ).decode(parse.document)
    reported.append(contentsOf: decoded.diagnostics)
    let includes = IncludeEntry.entries(of: decoded.config, in: parse.document, includingFile: source.path)
    reported.append(contentsOf: includes.compactMap(\.missingFileFinding))
    return (parse.document, decoded.config, includes, reported)
  }

  /// True when the file is to be linted as an sdgen spec: by `options.fileKind`, or by its content.
  private func isSpec(_ parse: YAMLParseResult) -> Bool {
    switch options.fileKind {
    case .spec: true
    case .prometheus: false
    case .auto: !parse.failed && PrometheusConfigSource.isSpec(parse.document)
    }
  }

  /// The templating placeholders of `source`; none when `--placeholders=off`.
  func placeholders(in source: SourceText) -> Placeholders {
    options.placeholders == .auto ? Placeholders(source) : .none
  }

  /// Runs the rules over a parsed and decoded file, `reported` being what parsing and decoding found; a
  /// finding on a value that a templating placeholder stands in for is dropped.
  func check(
    _ source: SourceText, document: YAMLDocument, config: PrometheusConfig, reported: [Diagnostic],
    placeholders: Placeholders = .none
  ) -> [Diagnostic] {
    let directives = SuppressionDirectives(source: source, knownRules: directiveRuleIDs)
    let context = LintContext(
      source: source, document: document, config: config, options: options,
      reported: reported + directives.problems, placeholders: placeholders, caches: caches)
    let hidden = PlaceholderFilter(source: source, placeholders: placeholders)
    let enabled = rules.filter { options.severity(of: $0.info) != nil }
    var findings: [Diagnostic] = []
    for (rule, ruleFindings) in zip(enabled, RuleRunner(rules: enabled).findings(in: context)) {
      findings += applying(directives, to: ruleFindings, of: rule.info).filter { !hidden.hides($0) }
    }
    for rule in context.reportedRules where !RuleRegistry.ids.contains(rule) {
      findings.append(contentsOf: context.reported(by: rule).filter { !directives.silences($0) && !hidden.hides($0) })
    }
    findings.sort(by: Diagnostic.sourceOrder)
    // A list shared through an anchor is checked at each use; its finding is reported once.
    var previous: Diagnostic?
    findings.removeAll { finding in
      defer { previous = finding }
      return previous?.range == finding.range && previous == finding
    }
    return findings
  }

  /// The findings of `rule` that `directives` leave, at the severity this run gives the rule.
  func applying(_ directives: SuppressionDirectives, to findings: [Diagnostic], of rule: RuleInfo) -> [Diagnostic] {
    guard let severity = options.severity(of: rule) else { return [] }
    let overridden = options.severityOverrides[rule.id] != nil
    return findings.compactMap { finding in
      guard !directives.silences(finding) else { return nil }
      var finding = finding
      if overridden { finding.severity = severity }
      return finding
    }
  }
}
