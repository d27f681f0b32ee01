import Dispatch
import Synchronization
import SDCore

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Runs the rules over one file. On a large file the rules are shared out among the machine's cores, each
/// worker taking the next rule of `schedule`: the first reader of each shared table (the filter analysis,
/// the relabel sites, the GCE values) comes first, so the tables are built early on different workers
/// whatever the order of `rules`; a later reader of a table still being built waits its turn while a
/// rule that does not need it can run. The findings come back in rule order, exactly as one rule after
/// another would give them.
struct RuleRunner {
  let rules: [any LintRule]
  /// Files with fewer YAML nodes are checked on one thread: starting workers would cost more than it saves.
  var parallelNodeThreshold = 20_000

  /// Each rule's findings in `context`, in the order of `rules`.
  func findings(in context: LintContext) -> [[Diagnostic]] {
    let workers = min(rules.count, Self.processorCount)
    guard workers > 1, context.document.nodes.count >= parallelNodeThreshold else {
      return rules.map { $0.check(context) }
    }
    let queue = SharedRuleQueue(schedule: schedule, tables: rules.map(\.sharedTable))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = queue.next() {
        queue.store(rules[index].check(context), at: index)
      }
    }
    return queue.results()
  }

  /// The indices of `rules` in the order workers take them: the first reader of each shared table, then
  /// every other rule in rule order.
  var schedule: [Int] {
    var firstReaders: [Int] = []
    var tablesSeen: Set<LintSharedTable> = []
    for (index, rule) in rules.enumerated() {
      if let table = rule.sharedTable, tablesSeen.insert(table).inserted { firstReaders.append(index) }
    }
    let first = Set(firstReaders)
    return firstReaders + rules.indices.filter { !first.contains($0) }
  }

  private static let processorCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

/// The rules not yet started and the findings of those done, shared by the workers of one run.
private final class SharedRuleQueue: Sendable {
  private struct State {
    /// The rules not yet taken, in schedule order.
    var pending: [Int]
    /// The tables whose first reader has finished, so that reading them no longer waits.
    var built: Set<LintSharedTable> = []
    var findings: [[Diagnostic]]
  }

  /// The table each rule reads, by rule index.
  private let tables: [LintSharedTable?]
  /// The rule that reads each table first: the table is built once that rule is done.
  private let firstReaders: [Int: LintSharedTable]
  private let state: Mutex<State>

  init(schedule: [Int], tables: [LintSharedTable?]) {
    self.tables = tables
    var firstReaders: [Int: LintSharedTable] = [:]
    for index in schedule {
      if let table = tables[index], !firstReaders.values.contains(table) { firstReaders[index] = table }
    }
    self.firstReaders = firstReaders
    state = Mutex(State(pending: schedule, findings: Array(repeating: [], count: schedule.count)))
  }

  /// The index of the next rule to run: the first pending one that reads no table still being built, or
  /// else the first pending one; nil when all are taken.
  func next() -> Int? {
    state.withLock { state in
      guard !state.pending.isEmpty else { return nil }
      let ready = state.pending.firstIndex { index in
        guard let table = tables[index] else { return true }
        return state.built.contains(table) || firstReaders[index] != nil
      }
      return state.pending.remove(at: ready ?? 0)
    }
  }

  func store(_ findings: [Diagnostic], at index: Int) {
    state.withLock { state in
      state.findings[index] = findings
      if let table = firstReaders[index] { state.built.insert(table) }
    }
  }

  func results() -> [[Diagnostic]] {
    state.withLock { $0.findings }
  }
}
