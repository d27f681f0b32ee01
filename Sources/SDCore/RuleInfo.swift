/// What output formats and docs need to know about a lint rule.
public struct RuleInfo: Hashable, Sendable {
  /// The id in `category/name` form.
  public let id: String
  /// One line saying what the rule finds.
  public let summary: String
  /// Why it matters: what goes wrong in Prometheus when the rule fires.
  public let rationale: String
  /// The severity used unless configuration changes it.
  public let defaultSeverity: Severity

  /// Creates rule metadata.
  public init(id: String, summary: String, rationale: String, defaultSeverity: Severity) {
    self.id = id
    self.summary = summary
    self.rationale = rationale
    self.defaultSeverity = defaultSeverity
  }

  /// The documentation page of the rule, relative to the repository root.
  public var docsPath: String { "docs/rules/\(id).md" }
}
