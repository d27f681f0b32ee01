import Testing

@testable import GoRegex

/// `(?i)` as Go matches it: the simple case-folding orbits of `CaseFolding.txt` (Go's
/// `unicode.SimpleFold`), the same from every member of an orbit.
@Suite struct RegexCaseFoldingTests {
  private func folds(_ pattern: String, _ text: String) throws -> Bool {
    try GoRegex("^(?i)" + pattern + "$").matches(text)
  }

  @Test func orbitsAreSymmetric() throws {
    // в (U+0432), В (U+0412) and rounded ve ᲀ (U+1C80) are one orbit, from whichever member.
    for pattern in ["в", "В", "\u{1C80}"] {
      for text in ["в", "В", "\u{1C80}"] { #expect(try folds(pattern, text), "\(pattern) \(text)") }
    }
    // ṡ (U+1E61), Ṡ (U+1E60) and long s with dot ẛ (U+1E9B).
    for pattern in ["ṡ", "Ṡ", "ẛ"] {
      for text in ["ṡ", "Ṡ", "ẛ"] { #expect(try folds(pattern, text), "\(pattern) \(text)") }
    }
    #expect(try folds("[ṡ]", "ẛ"))
    #expect(try folds("[^ṡ]", "ẛ") == false)
    #expect(try folds("k", "\u{212A}"))
    #expect(try folds("\u{212A}", "K"))
  }

  @Test func singletonsAndFullFoldingsStayApart() throws {
    // İ (U+0130) and ı (U+0131) have no simple folding (only Turkic or full ones): alone, as in Go.
    #expect(try folds("i", "İ") == false)
    #expect(try folds("İ", "i") == false)
    #expect(try folds("ı", "I") == false)
    // ß folds to "ss" only in full folding; ẞ (U+1E9E) and ß share a simple orbit.
    #expect(try folds("ß", "ẞ"))
    #expect(try folds("ß", "ss") == false)
  }

  @Test func simpleFoldWalksTheOrbitInOrder() {
    #expect(CaseFolding.simpleFold(0x4B) == 0x6B)
    #expect(CaseFolding.simpleFold(0x6B) == 0x212A)
    #expect(CaseFolding.simpleFold(0x212A) == 0x4B)
    #expect(CaseFolding.simpleFold(0x31) == 0x31)
    #expect(CaseFolding.orbit("\u{1E9B}").map(\.value) == [0x1E9B, 0x1E60, 0x1E61])
    #expect(CaseFolding.orbit("\u{3C3}").map(\.value) == [0x3C3, 0x3A3, 0x3C2])
  }

  @Test func aSurrogateEscapeCompilesButMatchesNothing() throws {
    // Go's parser accepts \x{D800} as a code point; no decoded text holds one, not even U+FFFD.
    let surrogate = try GoRegex("\\x{D800}")
    #expect(!surrogate.matches("\u{FFFD}"))
    #expect(!surrogate.matches(bytes: [0xED, 0xA0, 0x80]))
    #expect(try !GoRegex("[\\x{D800}-\\x{DFFF}]").matches("\u{FFFD}"))
    #expect(try GoRegex("^[^\\x{D800}]$").matches("\u{FFFD}"))
    #expect(try GoRegex("^[\\x{D7FF}-\\x{E000}]+$").matches("\u{D7FF}\u{E000}"))
    #expect(throws: GoRegexError(code: .invalidEscape, fragment: "\\x{110000", offset: 0)) {
      try GoRegex("\\x{110000}")
    }
  }

  @Test func invalidUTF8ReadsAsReplacementCharacters() throws {
    // Each byte that does not start a valid sequence is one U+FFFD, as Go's utf8.DecodeRune reads it.
    let dots = try GoRegex("^(.)(.)$")
    #expect(dots.submatchOffsets(in: [0x01, 0xFF]) == [0, 2, 0, 1, 1, 2])
    #expect(dots.submatchOffsets(in: [0xE2, 0x82]) == [0, 2, 0, 1, 1, 2])
    #expect(try GoRegex("^\u{FFFD}$").matches(bytes: [0xC0]))
    #expect(try GoRegex("^.$").matches(bytes: [0xF4, 0x90, 0x80, 0x80]) == false)
  }

  @Test func longestMatchAndPOSIXSyntax() throws {
    #expect(try GoRegex("a(|b)").firstMatch(in: "ab")?.offsets == [0, 1, 1, 1])
    #expect(try GoRegex("a(|b)", syntax: .perl, longest: true).firstMatch(in: "ab")?.offsets == [0, 2, 1, 2])
    let posix = GoRegexSyntax.posix
    #expect(try GoRegex("^a$", syntax: posix).matches("x\na"))
    #expect(try GoRegex("[^a]", syntax: posix).matches("\n") == false)
    #expect(try GoRegex("[^a]", syntax: [.classNL]).matches("\n"))
    #expect(throws: GoRegexError(code: .invalidEscape, fragment: "\\d", offset: 0)) {
      try GoRegex("\\d", syntax: posix)
    }
    #expect(throws: GoRegexError(code: .missingRepeatArgument, fragment: "?", offset: 1)) {
      try GoRegex("(?:a)", syntax: posix)
    }
    #expect(throws: GoRegexError(code: .invalidCharRange, fragment: "-c", offset: 4)) {
      try GoRegex("[a-b-c]", syntax: posix)
    }
    #expect(try GoRegex("a**", syntax: posix).matches("aa"))
  }
}
