/// The `gce/*` rules.
package enum GCERules {
  /// Every `gce/*` rule, in documentation order.
  package static let all: [any LintRule] = [
    GCEUnknownZoneRule(),
    GCEProjectIDRule(),
    GCEProjectTypoRule(),
    GCEPortRule(),
    GCERefreshIntervalRule(),
    GCEFilterSyntaxRule(),
    GCEGcloudSyntaxRule(),
    GCEFilterDialectRule(),
    GCEFilterFieldRule(),
    GCEFilterValueRule(),
    GCEFilterLabelKeyRule(),
    GCEFilterURLFieldRule(),
    GCENoStatusFilterRule(),
  ]
}
