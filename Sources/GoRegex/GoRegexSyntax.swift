/// The parser flags of Go's `regexp/syntax` (`syntax.Flags`) that change what a pattern means.
/// `regexp.Compile` parses with `perl`; `regexp.CompilePOSIX` with `posix`.
package struct GoRegexSyntax: OptionSet, Sendable {
  package let rawValue: UInt16

  package init(rawValue: UInt16) { self.rawValue = rawValue }

  /// Case-insensitive matching, as `(?i)` sets it.
  package static let foldCase = GoRegexSyntax(rawValue: 1 << 0)
  /// Negated classes such as `[^a]` and `[[:^alpha:]]` may match a newline.
  package static let classNL = GoRegexSyntax(rawValue: 1 << 1)
  /// `.` matches a newline, as `(?s)` sets it.
  package static let dotNL = GoRegexSyntax(rawValue: 1 << 2)
  /// `^` and `$` match only at the ends of the text; `(?m)` clears it.
  package static let oneLine = GoRegexSyntax(rawValue: 1 << 3)
  /// Repetitions prefer fewer copies, as `(?U)` sets it.
  package static let nonGreedy = GoRegexSyntax(rawValue: 1 << 4)
  /// Perl extensions: `(?flags)`, non-capturing and named groups, lazy repetitions, `\A`, `\z`,
  /// `\b`, `\B`, `\Q…\E`, `\d`, `\s`, `\w`.
  package static let perlX = GoRegexSyntax(rawValue: 1 << 5)
  /// Unicode classes `\pL`, `\p{Greek}` and their negations.
  package static let unicodeGroups = GoRegexSyntax(rawValue: 1 << 6)

  /// `syntax.Perl`, what `regexp.Compile` (and so Prometheus) uses.
  package static let perl: GoRegexSyntax = [.classNL, .oneLine, .perlX, .unicodeGroups]
  /// `syntax.POSIX`: egrep syntax, none of the flags.
  package static let posix: GoRegexSyntax = []
}
