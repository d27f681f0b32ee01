import Synchronization
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

  /// The report for `text`, from the process-wide cache when the text was seen before.
  static func of(_ text: String) -> GCEFilterReport {
    if let cached = GCEFilterReportCache.shared.lookup(text) { return cached }
    let (_, restrictions, findings) = FilterAnalysis.examine(text)
    let report = GCEFilterReport(
      findings: findings, parses: restrictions != nil,
      // A key of several parts has a dot in its path, so only a one-part key can be `status`.
      restrictsStatus: restrictions?.contains { $0.key.parts.count == 1 && $0.key.parts[0].name == "status" } ?? false,
      usesRegexDialect: restrictions?.contains { $0.op.isAPIRegex } ?? false)
    GCEFilterReportCache.shared.store(report, for: text)
    return report
  }
}

/// The process-wide cache behind `GCEFilterReport.of`.
private final class GCEFilterReportCache: Sendable {
  static let shared = GCEFilterReportCache()
  private static let capacity = 1 << 16
  private let entries = Mutex<[String: GCEFilterReport]>(Dictionary(minimumCapacity: 1024))

  func lookup(_ text: String) -> GCEFilterReport? {
    entries.withLock { $0[text] }
  }

  func store(_ report: GCEFilterReport, for text: String) {
    entries.withLock { entries in
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[text] = report
    }
  }
}
