import Synchronization

/// A value of one file's `LintContext` that is computed by the first rule asking for it and then shared
/// by every rule, on whichever thread it runs.
final class LintContextLazy<Value: Sendable>: Sendable {
  private let stored = Mutex<Value?>(nil)

  /// The value, made by `make` on the first call; a rule on another thread waits for it meanwhile.
  func value(_ make: () -> Value) -> Value {
    stored.withLock { stored in
      if let value = stored { return value }
      let value = make()
      stored = value
      return value
    }
  }
}
