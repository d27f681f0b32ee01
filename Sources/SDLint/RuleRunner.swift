import Dispatch
import Synchronization
import SDCore

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Runs the rules over one file. On a large file the rules are shared out among the machine's cores: half
/// the workers take rules from the front of the list and half from the back, so the rules that build a
/// shared table (the filter analysis, the relabel sites) start early on different workers instead of one
/// worker waiting for a table another is still building. The findings come back in rule order, exactly as
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
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      while let index = queue.next(fromBack: worker % 2 == 1) {
        queue.store(rules[index].check(context), at: index)
      }
    }
    return queue.results()
  }

  private static let processorCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

/// The rules not yet started (those from `front` through `back`) and the findings of those done, shared by
/// the workers of one run.
private final class SharedRuleQueue: Sendable {
  private let state: Mutex<(front: Int, back: Int, findings: [[Diagnostic]])>

  init(count: Int) {
    state = Mutex((0, count - 1, Array(repeating: [], count: count)))
  }

  /// The index of a rule no worker has taken yet, from the front or the back of the list; nil when all
  /// are taken.
  func next(fromBack: Bool) -> Int? {
    state.withLock { state in
      guard state.front <= state.back else { return nil }
      if fromBack {
        state.back -= 1
        return state.back + 1
      }
      state.front += 1
      return state.front - 1
    }
  }

  func store(_ findings: [Diagnostic], at index: Int) {
    state.withLock { $0.findings[index] = findings }
  }

  func results() -> [[Diagnostic]] {
    state.withLock { $0.findings }
  }
}
