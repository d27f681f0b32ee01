import SDCore
import SDYAML
import PrometheusModel
import SDRender

/// Lints an sdgen spec where it is written.
///
/// Three kinds of findings, all at spec lines: what decoding and rendering the spec report and the
/// `spec/*` rules; the `yaml/*` rules on the spec's own text; every other rule on the configuration the
/// spec renders to, moved back to the spec lines that produced each value (`SpecFindingMapper`).
package struct SpecLinter {
  /// Rules that make no sense on a rendered spec: templates repeat blocks by design.
  static let notForRenderedSpecs: Set<RuleID> = [.relabelRepeatedBlock, .lintDirective]

  private let linter: Linter

  /// A spec linter with the rules and options of `linter`.
  package init(_ linter: Linter) {
    self.linter = linter
  }

  /// The findings in the spec `source`, with the rendered spec and the rendered configuration they were made from.
  package func lint(_ source: SourceText) -> SpecLintResult {
    let rendered = RenderedSpec(source, zones: linter.options.zones)
    let directives = SuppressionDirectives(source: source, knownRules: linter.directiveRuleIDs)
    let specContext = SpecLintContext(source: source, rendered: rendered, options: linter.options)
    let yamlContext = LintContext(
      source: source, document: rendered.document, config: PrometheusConfig(), options: linter.options,
      reported: rendered.diagnostics.filter { $0.rule.category == "yaml" } + directives.problems)
    var findings: [Diagnostic] = []
    var checkedConfig: LintedFile?
    var renderedRules: [any LintRule] = []
    for rule in linter.rules {
      if let specRule = rule as? any SpecRule {
        findings += linter.applying(directives, to: specRule.check(spec: specContext), of: rule.info)
      } else if rule.info.id.category == "yaml" || rule.info.id == .lintDirective {
        findings += linter.applying(directives, to: rule.check(yamlContext), of: rule.info)
      } else if !Self.notForRenderedSpecs.contains(rule.info.id) {
        renderedRules.append(rule)
      }
    }
    if let text = rendered.text {
      let renderedSource = SourceText(path: source.path, text: text)
      let parsed = YAMLParser().parse(renderedSource)
      let decoded = ConfigDecoder(
        version: linter.options.prometheusVersion,
        relabelValidation: ConfigDecoder.prometheusRelabelValidation(regexes: linter.caches.regexes)
      ).decode(parsed.document)
      let renderedFindings = Linter(options: linter.options, rules: renderedRules, caches: linter.caches).check(
        renderedSource, document: parsed.document, config: decoded.config,
        reported: parsed.diagnostics + decoded.diagnostics)
      let mapper = SpecFindingMapper(
        rendered: rendered, renderedSource: renderedSource, renderedDocument: parsed.document)
      findings += mapper.map(renderedFindings).filter { !directives.silences($0) }
      checkedConfig = LintedFile(
        diagnostics: renderedFindings, includedSources: [], document: parsed.document, config: decoded.config)
    }
    findings.sort(by: Diagnostic.sourceOrder)
    return SpecLintResult(diagnostics: findings, rendered: rendered, renderedConfig: checkedConfig)
  }

  /// Renders the spec `source` (into `base` when given) after checking it as `lint` does: the text is
  /// nil when any finding is at or above `failOn`.
  /// `checked` is what the result was made from; a command may keep it until the process ends.
  package func render(_ source: SourceText, base: SourceText?, failOn: Severity)
    -> (result: RenderResult, checked: SpecLintResult)
  {
    let checked = lint(source)
    let written = ConfigRenderer.render(checked.rendered, base: base)
    let known = Set(checked.rendered.diagnostics)
    let directives = SuppressionDirectives(source: source, knownRules: linter.directiveRuleIDs)
    var diagnostics = checked.diagnostics
    for finding in written.diagnostics where !known.contains(finding) {
      let info = RuleRegistry.rule(finding.rule)?.info
      diagnostics += info.map { linter.applying(directives, to: [finding], of: $0) } ?? [finding]
    }
    diagnostics.sort(by: Diagnostic.sourceOrder)
    let blocked = diagnostics.contains { $0.severity >= failOn }
    return (RenderResult(output: blocked ? nil : written.output, diagnostics: diagnostics), checked)
  }
}
