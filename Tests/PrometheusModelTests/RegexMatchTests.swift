import Testing

@testable import GoRegex
@testable import PrometheusModel

/// Go `regexp` matching semantics: leftmost-first groups, anchoring, flags, classes, expansion.
@Suite struct RegexMatchTests {
  private func groups(_ pattern: String, _ text: String) throws -> [String?] {
    let regex = try GoRegex(pattern)
    guard let match = regex.firstMatch(in: text) else { return [] }
    return (0..<regex.groupNames.count).map { match.group($0).map(String.init) }
  }

  @Test func leftmostFirstSubmatches() throws {
    #expect(try groups("(a|ab)(c|bcd)(d*)", "abcd") == ["abcd", "a", "bcd", ""])
    #expect(try groups("(a+|b+)*", "ab") == ["ab", "b"])
    #expect(try groups("(a*)+", "b") == ["", ""])
    #expect(try groups("(a*)*", "b") == ["", ""])
    #expect(try groups("(a)|b", "b") == ["b", nil])
    #expect(try groups("a(x*?)(x*)b", "axxb") == ["axxb", "", "xx"])
    #expect(try groups("(?U)a(x+)", "axxx") == ["ax", "x"])
    #expect(try groups("x{2,3}", "xxxx") == ["xxx"])
    #expect(try groups("(?:ab){2}", "abab") == ["abab"])
  }

  @Test func unanchoredSearchFindsTheLeftmostMatch() throws {
    #expect(try groups("b+", "abbbc") == ["bbb"])
    #expect(try GoRegex("^b").matches("ab") == false)
    #expect(try GoRegex("\\bfoo\\b").matches("a foo b"))
    #expect(try GoRegex("\\Bfoo").matches("a foo") == false)
  }

  @Test func prometheusAnchorsTheWholeValue() throws {
    let tags = try RelabelRegex("web", version: .v2_42)
    #expect(tags.matches("web"))
    #expect(!tags.matches(",web,"))
    #expect(try RelabelRegex(".*,web,.*", version: .v2_42).matches(",db,web,"))
    #expect(!tags.matches("web\n"))
  }

  @Test func dotMatchesNewlineOnlyFrom3_0() throws {
    #expect(try !RelabelRegex(".*", version: .v2_42).matches("a\nb"))
    #expect(try RelabelRegex(".*", version: .v3_0).matches("a\nb"))
    #expect(try RelabelRegex("(?-s:.*)", version: .v3_0).matches("a\nb") == false)
    #expect(try RelabelRegex("[^x]*", version: .v2_42).matches("a\nb"))
    #expect(try RelabelRegex("(?m)a$", version: .v2_42).matches("a\n") == false)
    #expect(try RelabelRegex("(?m)a$\\n", version: .v2_42).matches("a\n"))
  }

  @Test func emptyRegexMatchesOnlyTheEmptyValue() throws {
    let empty = try RelabelRegex("", version: .v2_42)
    #expect(empty.matches(""))
    #expect(!empty.matches("a"))
  }

  @Test func flagsAndClasses() throws {
    #expect(try GoRegex("^(?i)k$").matches("K"))
    #expect(try GoRegex("^(?i)k$").matches("\u{212A}"))
    #expect(try GoRegex("^(?i:a)b$").matches("Ab"))
    #expect(try GoRegex("^(?i:a)b$").matches("AB") == false)
    #expect(try GoRegex("^(?i)[a-c]+$").matches("AbC"))
    #expect(try GoRegex("^(?i)[^a]$").matches("A") == false)
    #expect(try GoRegex("^\\pL+$").matches("héllo"))
    #expect(try GoRegex("^\\pL+$").matches("h1") == false)
    #expect(try GoRegex("^\\PL$").matches("1"))
    #expect(try GoRegex("^\\p{Greek}+$").matches("αβγ"))
    #expect(try GoRegex("^\\p{Greek}+$").matches("abc") == false)
    #expect(try GoRegex("^[[:alpha:]]+$").matches("abc"))
    #expect(try GoRegex("^[[:alpha:]]+$").matches("ab1") == false)
    #expect(try GoRegex("^[[:^digit:]]+$").matches("ab"))
    #expect(try GoRegex("^\\d+$").matches("١٢") == false)
    #expect(try GoRegex("^\\w+$").matches("é") == false)
    #expect(try GoRegex("^\\s$").matches("\u{B}") == false)
    #expect(try GoRegex("^\\Q.*\\E$").matches(".*"))
    #expect(try GoRegex("^\\Q.*\\E$").matches("ab") == false)
    #expect(try GoRegex("^\\x{263a}\\101$").matches("☺A"))
    #expect(try GoRegex("^a{,2}$").matches("a{,2}"))
  }

  @Test func namedGroupsAndExpansion() throws {
    let regex = try GoRegex("(?P<host>[^:]+):(?<port>\\d+)")
    let match = try #require(regex.firstMatch(in: "10.0.0.1:9100"))
    #expect(regex.groupNames == ["", "host", "port"])
    #expect(regex.expand("${host}-$port", match: match) == "10.0.0.1-9100")
    #expect(regex.expand("$1_vm", match: match) == "")
    #expect(regex.expand("${1}_vm", match: match) == "10.0.0.1_vm")
    #expect(regex.expand("$$1", match: match) == "$1")
    #expect(regex.expand("${1", match: match) == "${1")
    #expect(regex.expand("cost: $", match: match) == "cost: $")
    #expect(regex.expand("$-", match: match) == "$-")
    #expect(regex.expand("$9", match: match) == "")
    #expect(regex.expand("$01", match: match) == "")
    #expect(regex.expand("$2$1", match: match) == "910010.0.0.1")
  }

  @Test func unmatchedOptionalGroupExpandsToNothing() throws {
    let regex = try GoRegex("a(b)?")
    let match = try #require(regex.firstMatch(in: "a"))
    #expect(regex.expand("[$1]", match: match) == "[]")
  }

  @Test func replaceAllFollowsGo() throws {
    // The examples of Go's `Regexp.ReplaceAllString` documentation.
    let regex = try GoRegex("a(x*)b")
    #expect(regex.replaceAll(in: "-ab-axxb-", with: "T") == "-T-T-")
    #expect(regex.replaceAll(in: "-ab-axxb-", with: "$1") == "--xx-")
    #expect(regex.replaceAll(in: "-ab-axxb-", with: "$1W") == "---")
    #expect(regex.replaceAll(in: "-ab-axxb-", with: "${1}W") == "-W-xxW-")
    #expect(try GoRegex("a*").replaceAll(in: "baaac", with: "X") == "XbXcX")
    let labelmap = try RelabelRegex("__meta_gce_label_(.+)", version: .v2_42).regex
    #expect(labelmap.replaceAll(in: "__meta_gce_label_env", with: "$1") == "env")
  }

  @Test func multiByteTextKeepsGroupBoundaries() throws {
    #expect(try groups("(.)(é+)(.)", "xééy") == ["xééy", "x", "éé", "y"])
  }

  @Test func cacheCompilesEachPatternOncePerVersionTraits() throws {
    let cache = RelabelRegexCache()
    let first = try cache.regex("a.*", version: .v2_42)
    let second = try cache.regex("a.*", version: .v2_42)
    #expect(first.regex.pattern == "^(?:a.*)$")
    #expect(second.regex.pattern == first.regex.pattern)
    #expect(cache.count == 1)
    // 3.0 compiles with `(?s:`, so the same pattern is a second entry.
    #expect(try cache.regex("a.*", version: .v3_0).regex.pattern == "^(?s:a.*)$")
    #expect(cache.count == 2)
    // A pattern that does not compile is remembered with its error.
    #expect(throws: RelabelRegexError.self) { try cache.regex("(", version: .v2_42) }
    #expect(throws: RelabelRegexError.self) { try cache.regex("(", version: .v2_42) }
    #expect(cache.count == 3)
    #expect(RelabelRegexCache().count == 0)
  }
}
