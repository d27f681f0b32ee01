/// The `gce/*` rules.
public enum GCERules {
  /// Every `gce/*` rule, in documentation order.
  public static let all: [any LintRule] = [
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
