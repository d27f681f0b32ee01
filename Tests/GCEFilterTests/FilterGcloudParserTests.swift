import Testing

@testable import GCEFilter

@Suite struct FilterGcloudParserTests {
  @Test func readsListsAndDropsKeywordItems() throws {
    let expected = FilterExpr(
      FilterRestriction(
        key: FilterKey(path: "status"), op: .has,
        operand: .list([FilterValue("RUNNING", quoted: false), FilterValue("STAGING", quoted: false)])))
    #expect(try GcloudFilter.parse("status:(RUNNING OR STAGING)") == expected)
    #expect(try GcloudFilter.parse("status:( RUNNING, STAGING )") == expected)
  }

  @Test func readsNegationsWordsAndTheNotNotAnomaly() throws {
    #expect(try GcloudFilter.parse("-name=web-1") == FilterExpr(.not(term("name", .equal, "web-1"))))
    #expect(
      try GcloudFilter.parse("name:web-1 and status:RUNNING")
        == FilterExpr(.and([term("name", .has, "web-1"), FilterExpr(.word("and")), term("status", .has, "RUNNING")])))
    #expect(
      try GcloudFilter.parse("NOT NOT x:1")
        == FilterExpr(.and([FilterExpr(.not(FilterExpr(.word("NOT")))), term("x", .has, "1")])))
  }

  @Test func adjacencyIsTheLowestPrecedence() throws {
    let expr = try GcloudFilter.parse("a:1 AND b:2 c:3 OR d:4")
    #expect(
      expr
        == FilterExpr(
          .and([
            term("a", .has, "1"), term("b", .has, "2"), FilterExpr(.or([term("c", .has, "3"), term("d", .has, "4")])),
          ])
        ))
  }

  @Test func appliesGcloudEscapesAndKeepsQuoting() throws {
    #expect(
      try GcloudFilter.parse(#"name~"^(?:.*\\bfoo\\b.*)$""#)
        == term("name", .regexSearch, #"^(?:.*\bfoo\b.*)$"#, quoted: true))
    #expect(try GcloudFilter.parse(#"name="123""#) == term("name", .equal, "123", quoted: true))
    #expect(try GcloudFilter.parse(#"a:x"y z"w"#) == term("a", .has, "xy zw", quoted: true))
    #expect(try GcloudFilter.parse(#"a:\d"#) == term("a", .has, #"\d"#))
    #expect(
      try GcloudFilter.parse(#"name~"(?<=web)-[0-9]+""#) == term("name", .regexSearch, "(?<=web)-[0-9]+", quoted: true))
    #expect(try GcloudFilter.parse(#"name!~"(?<!db)-1""#) == term("name", .regexNotSearch, "(?<!db)-1", quoted: true))
  }

  @Test func keepsKeyExtrasForPreciseRefusals() throws {
    let expr = try GcloudFilter.parse(#"labels."my.key"[0].basename()=x"#)
    guard case .restriction(let restriction) = expr.node else {
      Issue.record("expected a restriction")
      return
    }
    #expect(
      restriction.key.parts == [
        FilterKey.Part(name: "labels"), FilterKey.Part(name: "my.key", quoted: true, indexes: ["0"]),
      ])
    #expect(restriction.key.transform == "basename()")
  }

  @Test(arguments: [
    ("a==b", "unexpected '=' after '=' at column 3", 3),
    ("a=!b", "unexpected '!' after '=' at column 3", 3),
    ("a!b", "'!' must be part of '!=' or '!~' at column 2", 2),
    ("a<>b", "unexpected '>' after '<' at column 3", 3),
    (#"a:"b"#, "the quoted string is never closed at column 3", 3),
    ("(", "'(' is never closed at column 1", 1),
    ("foo )", "unmatched ')' at column 5", 5),
    ("foo:", "missing value after ':' at column 4", 4),
    ("a:b AND", "'AND' must be followed by a term at column 8", 8),
    ("AND", "'AND' needs a term before it at column 1", 1),
    ("v~*", "'*' is not a valid regular expression at column 3", 3),
    (#"v~"(?<=a""#, "'(?<=a' is not a valid regular expression at column 3", 3),
    ("x:b*c*d", "a ':' pattern may contain only one '*' at column 3", 3),
    ("a:1 AND b:2 OR c:3", "AND and OR are combined without parentheses at column 13", 13),
    ("-(a:1 OR b:2)", "'-' negates only a single term at column 1", 1),
    ("status:()", "empty list at column 8", 8),
  ])
  func reportsGcloudSyntaxErrors(_ input: String, _ message: String, _ column: Int) {
    #expect {
      try GcloudFilter.parse(input)
    } throws: { error in
      guard let error = error as? FilterError else { return false }
      return error.message == message && error.column == column
    }
  }
}
