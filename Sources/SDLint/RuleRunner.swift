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
/// whatever the order of `rules`. The findings come back in rule order, exactly as one rule after another
/// would give them.
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
    let queue = SharedRuleQueue(schedule: schedule)
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

/// The rules not yet started (from `position` on in `schedule`) and the findings of those done, shared
/// by the workers of one run.
private final class SharedRuleQueue: Sendable {
  private let schedule: [Int]
  private let state: Mutex<(position: Int, findings: [[Diagnostic]])>

  init(schedule: [Int]) {
    self.schedule = schedule
    state = Mutex((0, Array(repeating: [], count: schedule.count)))
  }

  /// The index of the next rule of the schedule no worker has taken yet; nil when all are taken.
  func next() -> Int? {
    state.withLock { state in
      guard state.position < schedule.count else { return nil }
      state.position += 1
      return schedule[state.position - 1]
    }
  }

  func store(_ findings: [Diagnostic], at index: Int) {
    state.withLock { $0.findings[index] = findings }
  }

  func results() -> [[Diagnostic]] {
    state.withLock { $0.findings }
  }
}
