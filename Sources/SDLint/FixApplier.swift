import SDCore

/// Applies the fixes of diagnostics to a file's bytes as text edits, leaving every byte outside
/// the edits (comments, formatting, line breaks, a byte-order mark) as it was.
public struct FixApplier: Sendable {
  /// One diagnostic's fix, as applied or skipped.
  public struct Candidate: Hashable, Sendable {
    /// The diagnostic the fix belongs to.
    public let diagnostic: Diagnostic
    /// The fix.
    public let fix: Fix
  }

  /// What applying fixes to one file did.
  public struct Result: Sendable {
    /// The file's new bytes (the old ones when nothing was applied).
    public let bytes: [UInt8]
    /// The fixes applied, in source order.
    public let applied: [Candidate]
    /// The fixes left out because they overlap a fix applied before them.
    public let skipped: [Candidate]
  }

  /// Whether fixes not marked safe are applied too.
  public var includeUnsafe: Bool

  /// Creates an applier of safe fixes only, or of all fixes when `includeUnsafe` is true.
  public init(includeUnsafe: Bool = false) {
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
  /// edits overlap those of a fix applied before it is skipped whole. In a file with CRLF line
  /// breaks, line breaks in replacements are written as CRLF.
  public func apply(_ diagnostics: [Diagnostic], to source: SourceText, file: String? = nil) -> Result {
    let ordered = diagnostics.filter { $0.file == file }.enumerated().sorted { lhs, rhs in
      if Diagnostic.sourceOrder(lhs.element, rhs.element) { return true }
      if Diagnostic.sourceOrder(rhs.element, lhs.element) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
    let usesCRLF = Self.usesCRLF(source.bytes)
    var accepted: [ByteEdit] = []
    var applied: [Candidate] = []
    var skipped: [Candidate] = []
    for diagnostic in ordered {
      guard let fix = diagnostic.fixes.first(where: { ($0.isSafe || includeUnsafe) && !$0.edits.isEmpty }) else {
        continue
      }
      var edits: [ByteEdit] = []
      for edit in fix.edits {
        let start = Self.offset(of: edit.range.start, in: source)
        let end = max(start, Self.offset(of: edit.range.end, in: source))
        edits.append(ByteEdit(start: start, end: end, replacement: Self.bytes(of: edit.replacement, crlf: usesCRLF)))
      }
      let candidate = Candidate(diagnostic: diagnostic, fix: fix)
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
    return Result(bytes: Self.rewrite(source.bytes, with: accepted), applied: applied, skipped: skipped)
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

  /// The byte offset of `position`, never between the CR and LF of a line break.
  private static func offset(of position: SourcePosition, in source: SourceText) -> Int {
    let offset = source.offset(of: position)
    let bytes = source.bytes
    if offset > 0, offset < bytes.count, bytes[offset] == UInt8(ascii: "\n"), bytes[offset - 1] == UInt8(ascii: "\r") {
      return offset - 1
    }
    return offset
  }

  /// Whether the file's first line break is CRLF.
  private static func usesCRLF(_ bytes: [UInt8]) -> Bool {
    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return false }
    return newline > 0 && bytes[newline - 1] == UInt8(ascii: "\r")
  }

  /// The UTF-8 bytes of `text`, with bare LF line breaks turned into CRLF when `crlf` is true.
  private static func bytes(of text: String, crlf: Bool) -> [UInt8] {
    guard crlf else { return Array(text.utf8) }
    var result: [UInt8] = []
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { result.append(UInt8(ascii: "\r")) }
      result.append(byte)
      previous = byte
    }
    return result
  }
}
