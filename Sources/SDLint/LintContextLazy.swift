import Dispatch
import Synchronization

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// A value of one file's `LintContext` that is computed by the first rule asking for it and then shared
/// by every rule, on whichever thread it runs.
///
/// The value is made once: a rule asking for it on another thread while it is being made waits for it
/// instead of making it again. `make` runs outside the lock, so it may read other lazy values (the tables
/// never read one another, so no two threads wait on each other) and even this one: a read from inside
/// `make` on the same thread makes the value itself, and the first value published is the one every
/// caller gets.
final class LintContextLazy<Value: Sendable>: Sendable {
  private enum State {
    case empty
    /// `maker` is making the value; `done` is left when it is published.
    case making(maker: pthread_t, done: DispatchGroup)
    case made(Value)
  }

  /// What a caller does once it has looked at the state.
  private enum Step {
    case use(Value)
    case wait(DispatchGroup)
    /// Make the value, then leave the group (none for a read from inside `make`).
    case make(DispatchGroup?)
  }

  private let state = Mutex<State>(.empty)

  /// The value, made by `make` on the first call.
  func value(_ make: () -> Value) -> Value {
    let current = pthread_self()
    let step = state.withLock { state -> Step in
      switch state {
      case .made(let value): return .use(value)
      case .making(let maker, _) where pthread_equal(maker, current) != 0: return .make(nil)
      case .making(_, let done): return .wait(done)
      case .empty:
        let done = DispatchGroup()
        done.enter()
        state = .making(maker: current, done: done)
        return .make(done)
      }
    }
    switch step {
    case .use(let value):
      return value
    case .wait(let done):
      done.wait()
      return state.withLock { state in
        guard case .made(let value) = state else { preconditionFailure("a lazy value was left unmade") }
        return value
      }
    case .make(let done):
      let made = make()
      let published = state.withLock { state -> Value in
        if case .made(let earlier) = state { return earlier }
        state = .made(made)
        return made
      }
      done?.leave()
      return published
    }
  }
}
