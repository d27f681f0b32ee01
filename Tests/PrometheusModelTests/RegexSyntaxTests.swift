import Testing

@testable import GoRegex
@testable import PrometheusModel

/// Go `regexp/syntax` error messages and fragments, worked out from Go's `parse.go`.
@Suite struct RegexSyntaxTests {
  private func error(_ pattern: String) -> GoRegexError? {
    do {
      _ = try GoRegex(pattern)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    ("^(?:abc(def)$", "error parsing regexp: missing closing ): `^(?:abc(def)$`", 1),
    ("^(?:(()$", "error parsing regexp: missing closing ): `^(?:(()$`", 4),
    ("a)", "error parsing regexp: unexpected ): `a)`", 1),
    ("(?=x)", "error parsing regexp: invalid or unsupported Perl syntax: `(?=`", 0),
    ("a(?!x)", "error parsing regexp: invalid or unsupported Perl syntax: `(?!`", 1),
    ("(?P=n)", "error parsing regexp: invalid or unsupported Perl syntax: `(?P`", 0),
    ("(?i", "error parsing regexp: invalid or unsupported Perl syntax: `(?i`", 0),
    ("(?i-)", "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`", 0),
    ("(?--i)", "error parsing regexp: invalid or unsupported Perl syntax: `(?--`", 0),
    ("(a)\\1", "error parsing regexp: invalid escape sequence: `\\1`", 3),
    ("\\8", "error parsing regexp: invalid escape sequence: `\\8`", 0),
    ("\\C", "error parsing regexp: invalid escape sequence: `\\C`", 0),
    ("\\x{110000}", "error parsing regexp: invalid escape sequence: `\\x{110000`", 0),
    ("\\xZ1", "error parsing regexp: invalid escape sequence: `\\xZ1`", 0),
    ("ab\\", "error parsing regexp: trailing backslash at end of expression: ``", 2),
    ("[a", "error parsing regexp: missing closing ]: `[a`", 0),
    ("x[z-a]", "error parsing regexp: invalid character class range: `z-a`", 2),
    ("[[:foo:]]", "error parsing regexp: invalid character class range: `[:foo:]`", 1),
    ("\\p{Foo}", "error parsing regexp: invalid character class range: `\\p{Foo}`", 0),
    ("\\pX", "error parsing regexp: invalid character class range: `\\pX`", 0),
    ("\\p{Greek", "error parsing regexp: invalid character class range: `\\p{Greek`", 0),
    ("*a", "error parsing regexp: missing argument to repetition operator: `*`", 0),
    ("a|+", "error parsing regexp: missing argument to repetition operator: `+`", 2),
    ("(*)", "error parsing regexp: missing argument to repetition operator: `*`", 1),
    ("(??)", "error parsing regexp: invalid or unsupported Perl syntax: `(??`", 0),
    ("a**", "error parsing regexp: invalid nested repetition operator: `**`", 1),
    ("a*?+", "error parsing regexp: invalid nested repetition operator: `*?+`", 1),
    ("a{2}{3}", "error parsing regexp: invalid nested repetition operator: `{2}{3}`", 1),
    ("a{1001}", "error parsing regexp: invalid repeat count: `{1001}`", 1),
    ("a{3,2}", "error parsing regexp: invalid repeat count: `{3,2}`", 1),
    ("(a{500}){3}", "error parsing regexp: invalid repeat count: `{3}`", 8),
    ("(?P<n-1>a)", "error parsing regexp: invalid named capture: `(?P<n-1>`", 0),
    ("(?P<>a)", "error parsing regexp: invalid named capture: `(?P<>`", 0),
    ("(?<name", "error parsing regexp: invalid named capture: `(?<name`", 0),
  ])
  func errorMessages(pattern: String, message: String, offset: Int) throws {
    let failure = try #require(error(pattern))
    #expect(failure.message == message)
    #expect(failure.offset == offset)
  }

  @Test(arguments: [
    "a{,3}", "a{", "a{1", "a{01}", "x{2,}", "(?i)abc", "(?P<host>.*)", "(?<port>\\d+)", "[]a]", "[^]a]",
    "[a-]", "\\pL", "\\p{Greek}", "\\PL", "\\p{^Lu}", "[[:alpha:]]", "[[:^digit:]]", "\\Qa.b\\E", "\\Qa.b",
    "^*", "$+", "(?:)", "()", "a|", "|", "(?)", "(?i-s:a)", "\\x{263a}", "\\101", "\\0", "[\\d-z]", "\\_",
    "(?U)a+", "(?m)^a$", "\\b\\B\\A\\z",
  ])
  func acceptedPatterns(pattern: String) {
    #expect(error(pattern) == nil)
  }

  @Test func prometheusAnchoringShowsTheAnchoredPatternAndColumnInTheUserPattern() throws {
    #expect(throws: RelabelRegexError.self) { try RelabelRegex("abc(def", version: .v2_42) }
    do {
      _ = try RelabelRegex("abc(def", version: .v2_42)
    } catch {
      #expect(error.message == "error parsing regexp: missing closing ): `^(?:abc(def)$`")
      #expect(error.column == 4)
    }
    do {
      _ = try RelabelRegex("((", version: .newest)
    } catch {
      #expect(error.message == "error parsing regexp: missing closing ): `^(?s:(()$`")
      #expect(error.column == 2)
    }
    do {
      _ = try RelabelRegex("foo(?=bar)", version: .v2_42)
    } catch {
      #expect(error.message == "error parsing regexp: invalid or unsupported Perl syntax: `(?=`")
      #expect(error.column == 4)
    }
    do {
      _ = try RelabelRegex("a)b", version: .v2_42)
    } catch {
      #expect(error.message == "error parsing regexp: unexpected ): `^(?:a)b)$`")
      #expect(error.column == 2)
    }
    do {
      _ = try RelabelRegex("[a", version: .v2_42)
    } catch {
      #expect(error.message == "error parsing regexp: missing closing ]: `[a)$`")
      #expect(error.column == 1)
    }
    do {
      _ = try RelabelRegex("(?P<x", version: .v2_42)
    } catch {
      #expect(error.message == "error parsing regexp: invalid named capture: `(?P<x)$`")
      #expect(error.column == 1)
    }
  }

  @Test func angleBracketNamesNeedGo1_22() throws {
    // Prometheus 2.42 was built with Go 1.19, 2.51 with Go 1.22 (`.promu.yml`).
    do {
      _ = try RelabelRegex("(?<host>.*)", version: .v2_42)
      Issue.record("2.42 accepted (?<name>")
    } catch {
      #expect(error.message == "error parsing regexp: invalid or unsupported Perl syntax: `(?<`")
      #expect(error.column == 1)
    }
    let newest = try RelabelRegex("(?<host>.*)", version: .newest)
    #expect(newest.regex.groupNames == ["", "host"])
    #expect(try RelabelRegex("(?P<host>.*)", version: .v2_42).regex.groupNames == ["", "host"])
  }

  @Test func aBreakoutOfTheAnchoringGroupCompilesAsGoDoes() throws {
    // `^(?:a)|(b)$` is valid Go: Prometheus accepts it and it matches any value starting with a.
    let regex = try RelabelRegex("a)|(b", version: .v2_42)
    #expect(regex.matches("abc"))
    #expect(regex.matches("xb"))
    #expect(!regex.matches("xc"))
  }
}
