import Synchronization

/// The `filter:` values of one file that have findings, each node once, in source order: made once per
/// file and shared by the `gce/*` filter rules, which would otherwise each walk every entry again.
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

  /// The flagged filters of `context`, reused while the rules check the same scrape configs.
  static func of(_ context: LintContext) -> GCEFilterProblems {
    GCEFilterProblemsMemo.shared.problems(of: context.config.scrapeConfigs, nodeCount: context.document.nodes.count)
  }

  /// Analyses every distinct non-empty `filter:` value node of `jobs`; `nodeCount` bounds the node ids.
  fileprivate init(_ jobs: [ScrapeConfig], nodeCount: Int) {
    var entries: [Entry] = []
    // One flag per node: cheaper than hashing each id into a set on files with thousands of entries.
    var seen = [Bool](repeating: false, count: nodeCount)
    for job in jobs {
      for config in job.gceSDConfigs where !config.filter.isEmpty {
        guard let id = config.valueNode("filter"), !seen[id] else { continue }
        seen[id] = true
        let report = GCEFilterReport.of(config.filter)
        if !report.findings.isEmpty { entries.append(Entry(node: id, text: config.filter, report: report)) }
      }
    }
    self.entries = entries
  }
}

/// The problems of the scrape configs checked last. The rules of one lint run see the same array, so
/// `==` answers from Array's shared-storage fast path; a different file compares unequal and is analysed.
private final class GCEFilterProblemsMemo: Sendable {
  static let shared = GCEFilterProblemsMemo()
  private let last = Mutex<(jobs: [ScrapeConfig], problems: GCEFilterProblems)>(
    ([], GCEFilterProblems([], nodeCount: 0)))

  func problems(of jobs: [ScrapeConfig], nodeCount: Int) -> GCEFilterProblems {
    last.withLock { last in
      if jobs != last.jobs {
        last = (jobs, GCEFilterProblems(jobs, nodeCount: nodeCount))
      }
      return last.problems
    }
  }
}
