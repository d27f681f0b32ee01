/// What a relabel validator says about a rule Prometheus refuses.
public struct RelabelFinding: Hashable, Sendable {
  /// Prometheus's own message, e.g. `relabel configuration for hashmod requires non-zero modulus`.
  public var message: String
  /// The field the problem is about, so the diagnostic can point at it; nil for the whole rule.
  public var field: RelabelConfig.Field?
  /// What to do, if there is something concrete.
  public var help: String?
  /// For a regex that does not compile: the 1-based column of the problem inside the pattern.
  public var regexColumn: Int?

  /// Creates a finding.
  public init(message: String, field: RelabelConfig.Field? = nil, help: String? = nil, regexColumn: Int? = nil) {
    self.message = message
    self.field = field
    self.help = help
    self.regexColumn = regexColumn
  }
}

/// Validates one decoded relabel rule for a Prometheus version (§6.1 decode checks and §6.2), given
/// whether the job validates label names with the legacy rule (always before 3.0; from 3.0 when its
/// `metric_name_validation_scheme` is `legacy`). The decoder reports what it returns as
/// `relabel/invalid` (`relabel/regex` for a regex that does not compile).
public typealias RelabelValidation =
  @Sendable (_ rule: RelabelConfig, _ version: PrometheusVersion, _ legacyNames: Bool) -> RelabelFinding?
