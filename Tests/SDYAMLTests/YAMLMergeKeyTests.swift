import Testing

@testable import SDCore
@testable import SDYAML

/// yaml.v2 merges only a mapping, an alias of one, or a list of those under `<<`; anything else fails the whole
/// file ("map merge requires map or sequence of maps as the value"), as promtool shows.
@Suite struct YAMLMergeKeyTests {
  private static let prefix = "m: &m {a: 1}\ns: &s [x]\nscrape_configs:\n  - job_name: x\n    <<: "

  /// Each value, with where the error points and what it names; nil when yaml.v2 merges it.
  static let cases: [(value: String, expected: String?)] = [
    ("5", "5:9 not the scalar '5'"),
    ("", "5:5 not an empty value"),
    ("[1, 2]", "5:10 not the scalar '1'"),
    ("\"s\"", "5:9 not the scalar 's'"),
    ("[[a]]", "5:10 not a list"),
    ("*s", "5:9 not a list"),
    ("[*m, *s]", "5:14 not a list"),
    ("\n      - a: 1\n      - b", "7:9 not the scalar 'b'"),
    ("{}", nil),
    ("[]", nil),
    ("[*m]", nil),
    ("*m", nil),
    ("\n      a: 1", nil),
  ]

  @Test(arguments: cases.indices) func mergeValues(index: Int) {
    let (value, expected) = Self.cases[index]
    let result = YAMLParser().parse(SourceText(path: "t.yml", text: Self.prefix + value + "\n"))
    let found = result.diagnostics.map { d in
      "\(d.range.start) \(d.message.split(separator: ";")[0].split(separator: ", ").last ?? "")"
    }
    #expect(found == (expected.map { [$0] } ?? []), "\(value)")
    for diagnostic in result.diagnostics {
      #expect(diagnostic.rule.rawValue == "yaml/syntax" && diagnostic.severity == .error)
    }
  }

  @Test func messageSaysWhatPrometheusDoesAndHowToFixIt() throws {
    let result = YAMLParser().parse(SourceText(path: "t.yml", text: "a:\n  <<: 5\n  b: 1\n"))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(
      diagnostic.message
        == "the merge key '<<' takes a mapping or a list of mappings, not the scalar '5'; "
        + "Prometheus refuses the file (map merge requires map or sequence of maps)")
    #expect(diagnostic.help == "merge an anchored mapping ('<<: *defaults') or a list of them, or remove the '<<' entry")
    #expect(diagnostic.range == SourceRange(line: 2, column: 7, length: 1))
    // The document is still read, so the rest of the file is linted.
    #expect(result.document.root != nil)
  }

  @Test func quotedOrTaggedKeysAreNotMergeKeys() {
    for text in ["a: {'<<': 5}\n", "a: {!!str <<: 5}\n"] {
      #expect(YAMLParser().parse(SourceText(path: "t.yml", text: text)).diagnostics.isEmpty, "\(text)")
    }
    let tagged = YAMLParser().parse(SourceText(path: "t.yml", text: "a: {!!merge <<: 5}\n"))
    #expect(tagged.diagnostics.map(\.range.start) == [SourcePosition(line: 1, column: 17)])
  }
}
