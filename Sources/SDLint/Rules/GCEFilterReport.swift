import GCEFilter

/// What the `gce/*` filter rules need to know about one filter text, computed once per distinct text
/// and shared by the rules (generated files repeat the same filter in thousands of jobs).
struct GCEFilterReport: Sendable {
  /// The filter's problems, from `FilterAnalysis`.
  let findings: [FilterFinding]
  /// True when the filter parses in the API dialect.
  let parses: Bool
  /// True when the filter parses and restricts `status`.
  let restrictsStatus: Bool
  /// True when the filter parses and is written in the regex (`eq`/`ne`) dialect.
  let usesRegexDialect: Bool

  /// The report on `text` (`GCEFilterReportCache` keeps one per distinct text).
  init(analysing text: String) {
    let (_, restrictions, findings) = FilterAnalysis.examine(text)
    self.findings = findings
    parses = restrictions != nil
    // A key of several parts has a dot in its path, so only a one-part key can be `status`.
    restrictsStatus = restrictions?.contains { $0.key.parts.count == 1 && $0.key.parts[0].name == "status" } ?? false
    usesRegexDialect = restrictions?.contains { $0.op.isAPIRegex } ?? false
  }
}
