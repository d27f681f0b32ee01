import SDCore

/// Applies fixes to a file and to the files its `scrape_config_files` pull in, in memory, linting
/// again after each round until no fix is left: one `lint --fix` reaches the state a second one
/// would leave unchanged. Nothing is written; the caller writes `changes` (or shows them).
package struct FixSession: Sendable {
  /// One file the fixes changed.
  package struct Change: Sendable {
    /// The file's path, as the findings name it.
    package let path: String
    /// The bytes on disk before the fixes.
    package let oldBytes: [UInt8]
    /// The bytes after the fixes, in the file's own encoding.
    package let newBytes: [UInt8]
    /// How many fixes were applied to the file, over all rounds.
    package let appliedCount: Int
  }

  /// What fixing one file (and its includes) did.
  package struct Outcome: Sendable {
    /// The findings before any fix, as a lint of the files on disk reports them.
    package let before: LintedFile
    /// The findings left in the fixed text, as a lint of the written files reports them.
    package let linted: LintedFile
    /// The fixed text of the file itself (the old text when nothing changed).
    package let source: SourceText
    /// The files whose bytes the fixes change, the linted file first.
    package let changes: [Change]
    /// Files that had fixes but were left alone, by path, with the reason (their encoding).
    package let refusals: [(path: String, reason: String)]
  }

  /// At most this many rounds: a fix that keeps producing fixes stops here.
  private static let maxRounds = 8

  private let linter: Linter
  private let applier: FixApplier

  /// A session linting with `linter` and applying safe fixes, or all fixes when `includeUnsafe` is true.
  package init(linter: Linter, includeUnsafe: Bool = false) {
    self.linter = linter
    self.applier = FixApplier(includeUnsafe: includeUnsafe)
  }

  /// Fixes `source` and its includes until a round applies nothing.
  package func fix(_ source: SourceText) -> Outcome {
    var main = source
    var replacements: [String: SourceText] = [:]
    var originals: [String?: SourceText] = [:]
    var newBytes: [String?: [UInt8]] = [:]
    var counts: [String?: Int] = [:]
    var order: [String?] = []
    var refusals: [String: String] = [:]
    let before = linter.lintFollowingIncludes(main)
    var linted = before
    for _ in 0..<Self.maxRounds {
      var changed = false
      for (file, text) in [(nil, main)] + linted.includedSources.map({ ($0.path as String?, $0) }) {
        let result = applier.apply(linted.diagnostics, to: text, file: file)
        if let refusal = result.refusal { refusals[text.path] = refusal }
        guard !result.applied.isEmpty else { continue }
        if originals[file] == nil {
          originals[file] = text
          order.append(file)
        }
        counts[file, default: 0] += result.applied.count
        newBytes[file] = result.bytes
        let fixed = SourceText(path: text.path, bytes: result.bytes)
        if let file { replacements[file] = fixed } else { main = fixed }
        changed = true
      }
      guard changed else { break }
      linted = linter.lintFollowingIncludes(main, replacing: replacements)
    }
    let changes = order.compactMap { file -> Change? in
      guard let original = originals[file], let bytes = newBytes[file] else { return nil }
      let oldBytes = original.encoding.encode(original.bytes) ?? original.bytes
      guard oldBytes != bytes else { return nil }
      return Change(path: original.path, oldBytes: oldBytes, newBytes: bytes, appliedCount: counts[file] ?? 0)
    }
    return Outcome(
      before: before, linted: linted, source: main, changes: changes,
      refusals: refusals.sorted { $0.key < $1.key }.map { (path: $0.key, reason: $0.value) })
  }
}
