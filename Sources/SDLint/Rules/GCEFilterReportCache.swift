import Synchronization

/// The reports of the filter texts one `Linter` has seen, so a text repeated across jobs and files is
/// analysed once; each linter has its own, so two linters never share state.
final class GCEFilterReportCache: Sendable {
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
