import SDCore

/// Applies the fixes of diagnostics to a file's bytes as text edits, leaving every byte outside
/// the edits (comments, formatting, line breaks, a byte-order mark) as it was.
package struct FixApplier: Sendable {
  /// One diagnostic's fix, as applied or skipped.
  package struct Candidate: Hashable, Sendable {
    /// The diagnostic the fix belongs to.
    package let diagnostic: Diagnostic
    /// The fix.
    package let fix: Fix
  }

  /// What applying fixes to one file did.
  package struct Result: Sendable {
    /// The file's new bytes, in its own encoding (the old ones when nothing was applied).
    package let bytes: [UInt8]
    /// The fixes applied, in source order.
    package let applied: [Candidate]
    /// The fixes left out because they overlap a fix applied before them.
    package let skipped: [Candidate]
    /// Why no fix was applied to the file at all (an encoding sdgen cannot write back), nil otherwise.
    package let refusal: String?
  }

  /// Whether fixes not marked safe are applied too.
  package var includeUnsafe: Bool

  /// Creates an applier of safe fixes only, or of all fixes when `includeUnsafe` is true.
  package init(includeUnsafe: Bool = false) {
    self.includeUnsafe = includeUnsafe
  }

  private struct ByteEdit {
    let start: Int
    let end: Int
    let replacement: [UInt8]

    /// Whether the two edits touch the same bytes, or insert at the same place so that their order
    /// would matter.
    func conflicts(with other: ByteEdit) -> Bool {
      switch (start == end, other.start == other.end) {
      case (false, false): start < other.end && other.start < end
      case (true, false): other.start < start && start < other.end
      case (false, true): start < other.start && other.start < end
      case (true, true): start == other.start
      }
    }
  }

  /// Applies the first fix of each diagnostic among `diagnostics` that points into `source`
  /// (`Diagnostic.file == file`; nil for the linted file itself), in source order; a fix whose
  /// edits overlap those of a fix applied before it is skipped whole. Line breaks in replacements
  /// are written as the file's own (CRLF, CR, NEL…), and the result is in the file's encoding; a
  /// file in an encoding sdgen cannot write back gets no fix and a `refusal`.
  package func apply(_ diagnostics: [Diagnostic], to source: SourceText, file: String? = nil) -> Result {
    let ordered = diagnostics.filter { $0.file == file }.enumerated().sorted { lhs, rhs in
      if Diagnostic.sourceOrder(lhs.element, rhs.element) { return true }
      if Diagnostic.sourceOrder(rhs.element, lhs.element) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
    let candidates = ordered.compactMap { diagnostic in
      diagnostic.fixes.first(where: { ($0.isSafe || includeUnsafe) && !$0.edits.isEmpty }).map {
        Candidate(diagnostic: diagnostic, fix: $0)
      }
    }
    if case .unsupported(let encoding) = source.encoding, !candidates.isEmpty {
      return Result(
        bytes: source.bytes, applied: [], skipped: candidates,
        refusal: "the file is \(encoding), which sdgen cannot write back unchanged; save it as UTF-8 to apply fixes")
    }
    var accepted: [ByteEdit] = []
    var applied: [Candidate] = []
    var skipped: [Candidate] = []
    for candidate in candidates {
      let edits = candidate.fix.edits.map { edit in
        let start = source.offset(of: edit.range.start)
        return ByteEdit(
          start: start, end: max(start, source.offset(of: edit.range.end)),
          replacement: source.withLineBreaks(edit.replacement))
      }
      let clashes = edits.enumerated().contains { index, edit in
        accepted.contains(where: edit.conflicts) || edits[..<index].contains(where: edit.conflicts)
      }
      if clashes {
        skipped.append(candidate)
      } else {
        accepted += edits
        applied.append(candidate)
      }
    }
    let rewritten = Self.rewrite(source.bytes, with: accepted)
    return Result(
      bytes: source.encoding.encode(rewritten) ?? rewritten, applied: applied, skipped: skipped, refusal: nil)
  }

  private static func rewrite(_ bytes: [UInt8], with edits: [ByteEdit]) -> [UInt8] {
    guard !edits.isEmpty else { return bytes }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.replacement.count })
    var cursor = 0
    for edit in edits.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
      output += bytes[cursor..<edit.start]
      output += edit.replacement
      cursor = edit.end
    }
    output += bytes[cursor...]
    return output
  }
}
