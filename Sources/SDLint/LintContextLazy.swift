import Synchronization

/// A value of one file's `LintContext` that is computed by the first rule asking for it and then shared
/// by every rule, on whichever thread it runs.
final class LintContextLazy<Value: Sendable>: Sendable {
  private let stored = Mutex<Value?>(nil)

  /// The value, made by `make` on the first call. `make` runs outside the lock, so it may itself read
  /// this or any other lazy value; when two threads race, the first value published is the one every
  /// caller gets.
  func value(_ make: () -> Value) -> Value {
    if let value = stored.withLock({ $0 }) { return value }
    let made = make()
    return stored.withLock { stored in
      if let value = stored { return value }
      stored = made
      return made
    }
  }
}
