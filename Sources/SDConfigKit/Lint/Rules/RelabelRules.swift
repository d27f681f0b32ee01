/// The `relabel/*` rules.
public enum RelabelRules {
  /// Every `relabel/*` rule, in documentation order.
  public static let all: [any LintRule] = [
    RelabelInvalidRule(),
    RelabelRegexRule(),
    RelabelAmbiguousReferenceRule(),
    RelabelUnknownMetaLabelRule(),
    RelabelNeverMatchesRule(),
    RelabelRepeatedBlockRule(),
    RelabelUnguardedPublicIPRule(),
    RelabelMetadataLabelmapRule(),
    RelabelUnguardedScrapeSettingRule(),
  ]
}
