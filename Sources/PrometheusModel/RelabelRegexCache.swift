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

  /// Past this many patterns the cache starts again, so that no input can grow it without bound.
  private static let capacity = 4096
  private let entries = Mutex<[Key: Result<RelabelRegex, RelabelRegexError>]>([:])

  /// An empty cache.
  package init() {}

  /// The number of patterns compiled and kept.
  package var count: Int { entries.withLock { $0.count } }

  /// `source` compiled as `version` compiles it, from the cache when it was compiled before.
  package func regex(_ source: String, version: PrometheusVersion) throws(RelabelRegexError) -> RelabelRegex {
    let key = Key(
      source: TextKey(source), dotAll: version >= .v3_0,
      acceptsAngleNames: RelabelRegex.acceptsAngleNames(version))
    if let hit = entries.withLock({ $0[key] }) { return try hit.get() }
    let result: Result<RelabelRegex, RelabelRegexError>
    do {
      result = .success(try RelabelRegex(source, version: version))
    } catch {
      result = .failure(error)
    }
    let stored = entries.withLock { entries in
      if let earlier = entries[key] { return earlier }
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = result
      return result
    }
    return try stored.get()
  }
}
