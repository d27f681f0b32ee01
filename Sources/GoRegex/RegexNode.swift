/// The parse tree of a Go regular expression, after Go's parser has resolved flags and escapes.
indirect enum RegexNode: Sendable {
  /// A zero-width assertion.
  enum Assertion: Sendable {
    case beginLine, endLine, beginText, endText, wordBoundary, noWordBoundary
  }

  /// Matches the empty string.
  case empty
  /// One scalar; under `(?i)` any scalar of its case-fold orbit.
  case literal(Unicode.Scalar, foldCase: Bool)
  /// One scalar from a class.
  case charClass(CharClass)
  /// `.` under `(?s)`: any scalar.
  case anyChar
  /// `.`: any scalar but a newline.
  case anyCharNotNewline
  /// `^`, `$`, `\A`, `\z`, `\b`, `\B`.
  case assertion(Assertion)
  /// A capturing group with its 1-based index and optional name.
  case capture(index: Int, name: String?, RegexNode)
  /// `x*`, `x+`, `x?`, `x{n,m}`; `max` is -1 when unbounded.
  case repetition(RegexNode, min: Int, max: Int, greedy: Bool)
  /// A sequence.
  case concat([RegexNode])
  /// Alternatives, the leftmost preferred.
  case alternate([RegexNode])

  /// True when the node can match the empty string (Go's `nullable` for compiled fragments).
  var isNullable: Bool {
    switch self {
    case .empty, .assertion: return true
    case .literal, .charClass, .anyChar, .anyCharNotNewline: return false
    case .capture(_, _, let sub): return sub.isNullable
    case .repetition(let sub, let min, _, _): return min == 0 || sub.isNullable
    case .concat(let subs): return subs.allSatisfy(\.isNullable)
    case .alternate(let subs): return subs.contains(where: \.isNullable)
    }
  }
}
