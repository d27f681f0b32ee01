/// A suggested change that resolves a diagnostic.
public struct Fix: Hashable, Sendable {
  /// What the fix does, in a few words ("replace 'zome' with 'zone'").
  public var title: String
  /// The edits, in the file the diagnostic points into; they never overlap.
  public var edits: [TextEdit]
  /// True when applying the fix cannot change the meaning beyond what the diagnostic says,
  /// so `lint --fix` may apply it without a human looking.
  public var isSafe: Bool

  /// Creates a fix.
  public init(title: String, edits: [TextEdit], isSafe: Bool) {
    self.title = title
    self.edits = edits
    self.isSafe = isSafe
  }
}
