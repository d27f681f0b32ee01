import SDCore
import Synchronization

/// Compiled relabel regexes by pattern and Prometheus version, shared by whoever holds the cache (one
/// `Linter`, one decoder, one `Relabeler`); generated files repeat the same patterns in thousands of jobs.
/// Safe to use from several threads: a regex is compiled outside the lock, so two threads may both
/// compile a new pattern, and the first result stored is the one kept.
package final class RelabelRegexCache: Sendable {
  /// A pattern with the version traits that change how it compiles.
  private struct Key: Hashable {
    let source: TextKey
    let dotAll: Bool
    let acceptsAngleNames: Bool
  }

  /// A pattern compiled, or the error compiling it gave; a class, so that a lookup hands out a reference
  /// rather than a copy of the compiled program.
  private final class Compiled: Sendable {
    let result: Result<RelabelRegex, RelabelRegexError>

    init(_ source: String, version: PrometheusVersion) {
      result = Result { () throws(RelabelRegexError) in try RelabelRegex(source, version: version) }
    }
  }

  /// Past this many patterns the cache starts again, so that no input can grow it without bound.
  private static let capacity = 4096
  private let entries = Mutex<[Key: Compiled]>([:])

  /// An empty cache.
  package init() {}

  /// The number of patterns compiled and kept.
  package var count: Int { entries.withLock { $0.count } }

  /// `source` compiled as `version` compiles it, from the cache when it was compiled before.
  package func regex(_ source: String, version: PrometheusVersion) throws(RelabelRegexError) -> RelabelRegex {
    try compiled(source, version: version).result.get()
  }

  /// Throws the error `regex(_:version:)` throws for `source`, without copying the compiled regex out.
  package func validate(_ source: String, version: PrometheusVersion) throws(RelabelRegexError) {
    if case .failure(let error) = compiled(source, version: version).result { throw error }
  }

  /// The cached compilation of `source` for `version`, compiled outside the lock on first use.
  private func compiled(_ source: String, version: PrometheusVersion) -> Compiled {
    let key = Key(
      source: TextKey(source), dotAll: version >= .v3_0,
      acceptsAngleNames: RelabelRegex.acceptsAngleNames(version))
    if let hit = entries.withLock({ $0[key] }) { return hit }
    let compiled = Compiled(source, version: version)
    return entries.withLock { entries in
      if let earlier = entries[key] { return earlier }
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = compiled
      return compiled
    }
  }
}
