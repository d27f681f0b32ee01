import Dispatch
import Synchronization

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Runs the rules over one file. On a large file the rules are shared out among the machine's cores
/// (each worker takes the next rule not yet started); the findings come back in rule order, exactly as
/// one rule after another would give them.
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
    let queue = SharedRuleQueue(count: rules.count)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = queue.next() {
        queue.store(rules[index].check(context), at: index)
      }
    }
    return queue.results()
  }

  private static let processorCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

/// The rules not yet started and the findings of those done, shared by the workers of one run.
private final class SharedRuleQueue: Sendable {
  private let state: Mutex<(next: Int, findings: [[Diagnostic]])>
  private let count: Int

  init(count: Int) {
    self.count = count
    state = Mutex((0, Array(repeating: [], count: count)))
  }

  /// The index of a rule no worker has taken yet, or nil when all are taken.
  func next() -> Int? {
    state.withLock { state in
      guard state.next < count else { return nil }
      state.next += 1
      return state.next - 1
    }
  }

  func store(_ findings: [Diagnostic], at index: Int) {
    state.withLock { $0.findings[index] = findings }
  }

  func results() -> [[Diagnostic]] {
    state.withLock { $0.findings }
  }
}
