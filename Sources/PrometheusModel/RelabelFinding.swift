/// What a relabel validator says about a rule Prometheus refuses.
package struct RelabelFinding: Hashable, Sendable {
  /// Prometheus's own message, e.g. `relabel configuration for hashmod requires non-zero modulus`.
  package var message: String
  /// The field the problem is about, so the diagnostic can point at it; nil for the whole rule.
  package var field: RelabelConfig.Field?
  /// What to do, if there is something concrete.
  package var help: String?
  /// For a regex that does not compile: the 1-based column of the problem inside the pattern.
  package var regexColumn: Int?

  /// Creates a finding.
  package init(message: String, field: RelabelConfig.Field? = nil, help: String? = nil, regexColumn: Int? = nil) {
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
package typealias RelabelValidation =
  @Sendable (_ rule: RelabelConfig, _ version: PrometheusVersion, _ legacyNames: Bool) -> RelabelFinding?
