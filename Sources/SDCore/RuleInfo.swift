/// What output formats and docs need to know about a lint rule.
public struct RuleInfo: Hashable, Sendable {
  /// The id in `category/name` form.
  public let id: RuleID
  /// One line saying what the rule finds.
  public let summary: String
  /// Why it matters: what goes wrong in Prometheus when the rule fires.
  public let rationale: String
  /// The severity used unless configuration changes it.
  public let defaultSeverity: Severity
  /// False for an opt-in rule, which runs only when `--enable` or `.sdgen.yml` turns it on.
  public let isOnByDefault: Bool

  /// Creates rule metadata.
  public init(id: RuleID, summary: String, rationale: String, defaultSeverity: Severity, isOnByDefault: Bool = true) {
    self.id = id
    self.summary = summary
    self.rationale = rationale
    self.defaultSeverity = defaultSeverity
    self.isOnByDefault = isOnByDefault
  }

  /// The documentation page of the rule, relative to the repository root.
  package var docsPath: String { "docs/rules/\(id).md" }
}
