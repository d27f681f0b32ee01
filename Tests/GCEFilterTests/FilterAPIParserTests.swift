import Testing

@testable import GCEFilter

/// A restriction node built for comparison (spans do not take part in equality).
func term(_ path: String, _ op: FilterOperator, _ text: String, quoted: Bool = false) -> FilterExpr {
  FilterExpr(FilterRestriction(key: FilterKey(path: path), op: op, operand: .value(FilterValue(text, quoted: quoted))))
}

/// A presence node `path:*`.
func present(_ path: String) -> FilterExpr {
  FilterExpr(FilterRestriction(key: FilterKey(path: path), op: .has, operand: .presence))
}

@Suite struct FilterAPIParserTests {
  @Test func parsesTheBlogFilter() throws {
    let expr = try APIFilter.parse(#"(status="RUNNING") AND (labels.cloud_service="dashboard")"#)
    #expect(
      expr
        == FilterExpr(
          .and([
            term("status", .equal, "RUNNING", quoted: true),
            term("labels.cloud_service", .equal, "dashboard", quoted: true),
          ])
        ))
  }

  @Test func orBindsTighterThanAdjacencyWhichBindsTighterThanAnd() throws {
    let a = term("a", .equal, "1")
    let b = term("b", .equal, "2")
    let c = term("c", .equal, "3")
    #expect(try APIFilter.parse("a = 1 AND b = 2 OR c = 3") == FilterExpr(.and([a, FilterExpr(.or([b, c]))])))
    #expect(try APIFilter.parse("a = 1 OR b = 2 c = 3") == FilterExpr(.and([FilterExpr(.or([a, b])), c])))
    #expect(try APIFilter.parse("a = 1 b = 2 AND c = 3") == FilterExpr(.and([a, b, c])))
  }

  @Test func recordsColumnsInUnicodeScalars() throws {
    // "e\u{301}" is one Character but two Unicode scalars; columns count scalars.
    let expr = try APIFilter.parse("(labels.team=\"e\u{301}\") AND name:web")
    guard case .and(let items) = expr.node, case .restriction(let second) = items[1].node else {
      Issue.record("expected a conjunction of restrictions")
      return
    }
    #expect(second.keySpan == FilterSpan(column: 24, length: 4))
    #expect(second.operandSpan == FilterSpan(column: 29, length: 3))
    #expect(items[0].span == FilterSpan(column: 1, length: 18))
  }

  @Test func readsPresenceNegationAndQuotedLiterals() throws {
    #expect(try APIFilter.parse("labels.owner:*") == present("labels.owner"))
    #expect(try APIFilter.parse("-labels.owner:*") == FilterExpr(.not(present("labels.owner"))))
    #expect(try APIFilter.parse("NOT (a = 1)") == FilterExpr(.not(term("a", .equal, "1"))))
    #expect(try APIFilter.parse("name = 'x y'") == term("name", .equal, "x y", quoted: true))
    #expect(try APIFilter.parse("") == FilterExpr(.and([])))
  }

  @Test func readsTheRegexDialect() throws {
    #expect(try APIFilter.parse("name ne .*instance") == term("name", .regexNotEqual, ".*instance"))
    #expect(try APIFilter.parse("name eq (web|api)-.*") == term("name", .regexEqual, "(web|api)-.*"))
    #expect(
      try APIFilter.parse(#"(name eq 123)((disk eq 987)(foo eq ".*\bup\b.*"))"#)
        == FilterExpr(
          .and([
            term("name", .regexEqual, "123"), term("disk", .regexEqual, "987"),
            term("foo", .regexEqual, #".*\bup\b.*"#, quoted: true),
          ])))
  }

  @Test(arguments: [
    ("(a = 1", "'(' is never closed at column 1", 1, "add the missing ')'"),
    (#"name = "unterminated"#, "the quoted value is never closed at column 8", 8, "add the closing \""),
    ("name =", "missing value after '=' at column 6", 6, "write a value, quoted if it has spaces"),
    ("name == foo", "'==' is not a Compute API operator at column 6", 6, "write a single '='"),
    (
      "name ~ ^targ", "'~' is a gcloud operator, not a Compute API one at column 6", 6,
      #"use the regex dialect: name eq "RE2 matching the whole value""#
    ),
    (
      "tags.items:(mytag)", "a list operand '(…)' is gcloud syntax, not a Compute API one at column 12", 12,
      #"write one restriction per value joined with OR, e.g. (status="RUNNING") OR (status="STAGING")"#
    ),
    (
      "(name eq web.*) (status = RUNNING)",
      "'=' cannot be mixed with 'eq': the regex (eq/ne) and AIP dialects cannot share a filter at column 25", 25,
      "write every term with eq or ne"
    ),
    (
      "(name eq a) OR (name eq b)", "the regex dialect (eq/ne) does not allow AND, OR, NOT or '-' at column 13", 13,
      "put each term in parentheses side by side, e.g. (name eq web-.*)(status eq RUNNING)"
    ),
    (
      "name eq a (status eq b)", "several regex (eq/ne) terms must each be in parentheses at column 1", 1,
      "write them as (name eq web-.*)(status eq RUNNING)"
    ),
    ("a = 1)", "unmatched ')' at column 6", 6, "remove it or add the '(' it closes"),
    ("a = 1 AND", "'AND' must be followed by a term at column 10", 10, "complete or remove it"),
    (
      "status RUNNING", "expected a comparison operator after 'status' but found 'RUNNING' at column 8", 8,
      "use one of = != < <= > >= : or eq/ne"
    ),
    (
      "a AND b", "expected a comparison operator after 'a' but found 'AND' at column 3", 3,
      "use one of = != < <= > >= : or eq/ne"
    ),
  ])
  func reportsPositionedErrors(_ input: String, _ message: String, _ column: Int, _ help: String) {
    #expect {
      try APIFilter.parse(input)
    } throws: { error in
      guard let error = error as? FilterError else { return false }
      return error.message == message && error.column == column && error.help == help
    }
  }
}
