/// The `relabel/*` rules.
package enum RelabelRules {
  /// Every `relabel/*` rule, in documentation order.
  package static let all: [any LintRule] = [
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
