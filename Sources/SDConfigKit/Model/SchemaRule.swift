/// Rule ids of the findings the configuration decoder reports.
public enum SchemaRule {
  /// A key Prometheus does not know in that block.
  public static let unknownKey = "schema/unknown-key"
  /// A key that is valid, but in another block.
  public static let misplacedKey = "schema/misplaced-key"
  /// A key that needs a newer Prometheus than the target version.
  public static let version = "schema/version"
  /// A value of the wrong type or syntax, as yaml.v2 and Prometheus reject it.
  public static let type = "schema/type"
  /// A required value that is missing or empty.
  public static let required = "schema/required"
  /// Settings Prometheus accepts only one of (bearer_token and bearer_token_file, basic_auth and oauth2, …).
  public static let conflictingKeys = "schema/conflicting-keys"
  /// A job name used by more than one scrape config.
  public static let duplicateJob = "schema/duplicate-job"
  /// A scrape timeout longer than the scrape interval.
  public static let timeoutAboveInterval = "schema/timeout-above-interval"
  /// A null value that silently zeroes a field whose default differs.
  public static let nullValue = "schema/null-value"
  /// A document that is not a mapping.
  public static let topLevel = "schema/top-level"
  /// A bare list of scrape configs, linted as the `scrape_configs` of a prometheus.yml.
  public static let fragment = "schema/fragment"
  /// A relabel rule Prometheus refuses (reported through `RelabelValidation`).
  public static let relabelInvalid = "relabel/invalid"
  /// A relabel regex that is not valid RE2 (Go regexp) syntax.
  public static let relabelRegex = "relabel/regex"
}
