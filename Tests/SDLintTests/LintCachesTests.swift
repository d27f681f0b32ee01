import Dispatch
import Foundation
import Synchronization
import Testing

@testable import PrometheusModel
@testable import SDCore
@testable import SDLint

/// A linter's caches are its own, and one linter may lint many files at once.
@Suite struct LintCachesTests {
  /// A configuration of `jobs` GCE jobs: job `i` has the filter of service `i + offset` and two relabel
  /// rules with explicit regexes, one shared by every job and one of `(i + offset) % 3`.
  private static func config(jobs: Int, offset: Int = 0) -> SourceText {
    var lines = ["scrape_configs:"]
    for index in 0..<jobs {
      let service = index + offset
      lines += [
        "  - job_name: job-\(service)",
        "    gce_sd_configs:",
        "      - project: platform-prod",
        "        zone: us-central1-a",
        "        filter: 'labels.service=\"svc-\(service)\"'",
        "    relabel_configs:",
        "      - source_labels: [__meta_gce_zone]",
        "        regex: '.+/zones/(.+)'",
        "        target_label: zone",
        "      - source_labels: [__meta_gce_tags]",
        "        regex: '.*,svc\(service % 3),.*'",
        "        action: keep",
      ]
    }
    return SourceText(path: "prometheus-\(offset).yml", text: lines.joined(separator: "\n") + "\n")
  }

  @Test func twoLintersDoNotShareACache() {
    let first = Linter()
    let second = Linter()
    #expect(first.caches !== second.caches)
    let findings = first.lint(Self.config(jobs: 4))
    // Four filters; the shared zone pattern and three tag patterns.
    #expect(first.caches.filterReports.count == 4)
    #expect(first.caches.regexes.count == 4)
    #expect(second.caches.filterReports.count == 0)
    #expect(second.caches.regexes.count == 0)
    #expect(second.lint(Self.config(jobs: 4)) == findings)
    #expect(second.caches.filterReports.count == 4)
    // The same texts again are cache hits.
    #expect(first.lint(Self.config(jobs: 4)) == findings)
    #expect(first.caches.filterReports.count == 4)
    #expect(first.caches.regexes.count == 4)
  }

  @Test func oneLinterLintsManyFilesInParallelAsItDoesOneByOne() {
    // Files of 1 200 jobs pass `RuleRunner`'s threshold, so their rules also run on several workers.
    let sources = (0..<16).map { Self.config(jobs: $0 % 4 == 0 ? 1_200 : 30, offset: $0 * 7) }
    let expected = sources.map { Linter().lint($0) }
    let linter = Linter()
    let results = Mutex([[Diagnostic]](repeating: [], count: sources.count))
    DispatchQueue.concurrentPerform(iterations: sources.count) { index in
      let findings = linter.lint(sources[index])
      results.withLock { $0[index] = findings }
    }
    let parallel = results.withLock { $0 }
    for index in sources.indices {
      #expect(parallel[index] == expected[index], "file \(index)")
    }
    #expect(expected.joined().count > 16)
    // Every distinct filter text was analysed once, whichever thread met it first.
    let services = Set(sources.indices.flatMap { file in (0..<(file % 4 == 0 ? 1_200 : 30)).map { $0 + file * 7 } })
    #expect(linter.caches.filterReports.count == services.count)
    #expect(linter.caches.regexes.count == 4)
  }

  @Test func aLazyValueIsMadeOnceWhenManyThreadsAskAtOnce() {
    for round in 0..<20 {
      let lazy = LintContextLazy<Int>()
      let makes = Mutex(0)
      let values = Mutex<Set<Int>>([])
      DispatchQueue.concurrentPerform(iterations: 8) { worker in
        let value = lazy.value {
          makes.withLock { $0 += 1 }
          usleep(2_000)
          return round * 8 + worker
        }
        values.withLock { _ = $0.insert(value) }
      }
      #expect(makes.withLock { $0 } == 1)
      #expect(values.withLock { $0.count } == 1)
    }
  }
}
