/// Rule ids of the findings the configuration decoder reports.
package enum SchemaRule {
  /// A key Prometheus does not know in that block.
  package static let unknownKey = "schema/unknown-key"
  /// A key that is valid, but in another block.
  package static let misplacedKey = "schema/misplaced-key"
  /// A key that needs a newer Prometheus than the target version.
  package static let version = "schema/version"
  /// A value of the wrong type or syntax, as yaml.v2 and Prometheus reject it.
  package static let type = "schema/type"
  /// A required value that is missing or empty.
  package static let required = "schema/required"
  /// Settings Prometheus accepts only one of (bearer_token and bearer_token_file, basic_auth and oauth2, …).
  package static let conflictingKeys = "schema/conflicting-keys"
  /// A job name used by more than one scrape config.
  package static let duplicateJob = "schema/duplicate-job"
  /// A scrape timeout longer than the scrape interval.
  package static let timeoutAboveInterval = "schema/timeout-above-interval"
  /// A null value that silently zeroes a field whose default differs.
  package static let nullValue = "schema/null-value"
  /// A document that is not a mapping.
  package static let topLevel = "schema/top-level"
  /// A bare list of scrape configs, linted as the `scrape_configs` of a prometheus.yml.
  package static let fragment = "schema/fragment"
  /// A relabel rule Prometheus refuses (reported through `RelabelValidation`).
  package static let relabelInvalid = "relabel/invalid"
  /// A relabel regex that is not valid RE2 (Go regexp) syntax.
  package static let relabelRegex = "relabel/regex"
}
