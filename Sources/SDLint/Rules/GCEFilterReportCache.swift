import SDCore
import Synchronization

/// `GCEFilterReport`s by filter text, shared by one `Linter`'s files and rule threads. A report is made
/// outside the lock; when two threads analyse the same new text, the first report stored is kept.
final class GCEFilterReportCache: Sendable {
  /// Past this many texts the cache starts again, so that no input can grow it without bound.
  private static let capacity = 1 << 16
  private let entries = Mutex<[TextKey: GCEFilterReport]>([:])

  /// The number of texts analysed and kept.
  var count: Int { entries.withLock { $0.count } }

  /// The report for `text`, analysed on first use.
  func report(for text: String) -> GCEFilterReport {
    let key = TextKey(text)
    if let cached = entries.withLock({ $0[key] }) { return cached }
    let report = GCEFilterReport(analysing: text)
    return entries.withLock { entries in
      if let earlier = entries[key] { return earlier }
      if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = report
      return report
    }
  }
}
