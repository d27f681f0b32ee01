import SDYAML
import PrometheusModel

/// The analysed `filter:` values of one file, each node once: made once per file by `LintContext` and
/// shared by the `gce/*` filter rules and `gce/no-status-filter`, which would otherwise each walk every entry.
struct GCEFilterProblems: Sendable {
  /// One flagged `filter:` value.
  struct Entry: Sendable {
    /// The value node (possibly not a scalar; the rules check).
    let node: YAMLNode.ID
    /// The decoded filter text.
    let text: String
    /// What the analysis found in `text` (never without findings).
    let report: GCEFilterReport
  }

  /// The flagged values, in source order.
  let entries: [Entry]
  /// A filter that parses but does not restrict `status`.
  struct Statusless: Sendable {
    /// True when it is written in the regex (`eq`/`ne`) dialect.
    let usesRegexDialect: Bool
    /// True when no other filter rule finds anything in it, so a status condition can simply be added.
    let isClean: Bool
  }

  /// The value nodes of the filters that parse but do not restrict `status`; few files have any, so the
  /// table stays small.
  let statusless: [YAMLNode.ID: Statusless]

  /// Analyses every distinct non-empty `filter:` value node of `jobs`, through `reports`; `nodeCount`
  /// bounds the node ids.
  init(_ jobs: [ScrapeConfig], nodeCount: Int, reports: GCEFilterReportCache) {
    var entries: [Entry] = []
    var statusless: [YAMLNode.ID: Statusless] = [:]
    // One flag per node: cheaper than hashing each id into a set on files with thousands of entries.
    var seen = [Bool](repeating: false, count: nodeCount)
    // By index: `for job in jobs` would retain and release every field of each job.
    for job in jobs.indices {
      for config in jobs[job].gceSDConfigs where !config.filter.isEmpty {
        guard let id = config.valueNode("filter"), !seen[id] else { continue }
        seen[id] = true
        let report = reports.report(for: config.filter)
        if !report.findings.isEmpty { entries.append(Entry(node: id, text: config.filter, report: report)) }
        if report.parses, !report.restrictsStatus {
          statusless[id] = Statusless(usesRegexDialect: report.usesRegexDialect, isClean: report.findings.isEmpty)
        }
      }
    }
    self.entries = entries
    self.statusless = statusless
  }
}
