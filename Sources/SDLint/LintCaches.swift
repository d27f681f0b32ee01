import PrometheusModel

/// What one `Linter` remembers across the files it lints and the threads its rules run on: compiled
/// relabel regexes and analysed filter texts. Two linters never share one, so a library user's linters
/// stay independent; each cache is thread-safe and computes outside its lock.
package final class LintCaches: Sendable {
  /// Compiled relabel regexes, also used by the decoder's relabel validation.
  package let regexes = RelabelRegexCache()
  /// Analysed `filter:` texts of `gce_sd_configs`.
  let filterReports = GCEFilterReportCache()

  /// Empty caches.
  package init() {}
}
