import Foundation
import Testing

@testable import SDCore
@testable import SDYAML
import SDTestSupport

@Suite struct YAMLWriterTests {
  let writer = YAMLWriter()

  @Test(arguments: [
    ("us-east1-b", "us-east1-b"),
    ("", "''"),
    ("yes", "'yes'"), ("No", "'No'"), ("on", "'on'"), ("OFF", "'OFF'"), ("y", "'y'"), ("true", "'true'"),
    ("null", "'null'"), ("~", "'~'"), ("<<", "'<<'"),
    ("9100", "'9100'"), ("0120", "'0120'"), ("1_000", "'1_000'"), (".5", "'.5'"), ("1e3", "'1e3'"),
    ("-1", "'-1'"), ("-_5", "'-_5'"), ("_+9", "_+9"), ("._5", "._5"), ("+12", "'+12'"), ("0x1F", "'0x1F'"),
    (".inf", "'.inf'"), ("-.inf", "'-.inf'"),
    ("2026-11-27", "'2026-11-27'"),
    ("*alias", "'*alias'"), ("&anchor", "'&anchor'"), ("!tag", "'!tag'"), ("%x", "'%x'"), ("@x", "'@x'"),
    ("`x", "'`x'"), ("|x", "'|x'"), (">x", "'>x'"), ("#x", "'#x'"), ("[x", "'[x'"), ("{x", "'{x'"),
    ("-", "'-'"), ("- x", "'- x'"), ("-x", "-x"), ("?", "'?'"), ("? x", "'? x'"), (":", "':'"), (":x", ":x"),
    ("a: b", "'a: b'"), ("a:", "'a:'"), ("a:b", "a:b"), ("a #b", "'a #b'"), ("a#b", "a#b"),
    (" a", "' a'"), ("a ", "'a '"), ("it's", "it's"), ("'q'", "'''q'''"), ("\"q\"", "'\"q\"'"),
    ("a\nb", "\"a\\nb\""), ("tab\there", "tab\there"), ("\t", "'\t'"), ("bell\u{7}", "\"bell\\x07\""),
    ("nel\u{85}", "\"nel\\x85\""), ("bom\u{FEFF}", "\"bom\\uFEFF\""), ("back\\slash\n", "\"back\\\\slash\\n\""),
    ("---", "'---'"), ("...x", "'...x'"), ("ünïcode", "ünïcode"), ("$1", "$1"), ("${1}_vm", "${1}_vm"),
  ])
  func quotesStrings(_ text: String, _ expected: String) {
    #expect(writer.scalar(text, style: .string) == expected)
  }

  @Test func plainScalarsStayUnquotedUnlessImpossible() {
    #expect(writer.scalar("true", style: .plain) == "true")
    #expect(writer.scalar("9100", style: .plain) == "9100")
    #expect(writer.scalar("15s", style: .plain) == "15s")
    #expect(writer.scalar("a: b", style: .plain) == "'a: b'")
    #expect(writer.scalar("", style: .plain) == "''")
  }

  @Test func regexesAreAlwaysSingleQuoted() {
    #expect(writer.scalar("(.*)", style: .singleQuoted) == "'(.*)'")
    #expect(writer.scalar("a\\d+", style: .singleQuoted) == "'a\\d+'")
    #expect(writer.scalar("it's", style: .singleQuoted) == "'it''s'")
    #expect(writer.scalar("a\nb", style: .singleQuoted) == "\"a\\nb\"")
  }

  @Test func writesBlockStyleLikePrometheusDocs() {
    let value = YAMLValue.mapping([
      YAMLEntry("global", .mapping([YAMLEntry("scrape_interval", .plain("15s"))])),
      YAMLEntry("rule_files", .sequence([], flow: false)),
      YAMLEntry("labels", .mapping([])),
      YAMLEntry(
        "scrape_configs",
        .sequence(
          [
            .mapping([
              YAMLEntry("job_name", .string("node")),
              YAMLEntry("gce_sd_configs", .sequence([.mapping([YAMLEntry("port", .plain("9100"))])], flow: false)),
              YAMLEntry(
                "relabel_configs",
                .sequence(
                  [
                    .mapping([
                      YAMLEntry("source_labels", .strings(["a", "b,c"], flow: true)),
                      YAMLEntry("regex", .scalar("(.+)", .singleQuoted)),
                    ])
                  ], flow: false)),
            ]),
            .sequence([.string("x")], flow: false),
            .string("on"),
          ], flow: false)),
    ])
    #expect(
      writer.write(value) == """
        global:
          scrape_interval: 15s
        rule_files: []
        labels: {}
        scrape_configs:
          - job_name: node
            gce_sd_configs:
              - port: 9100
            relabel_configs:
              - source_labels: [a, 'b,c']
                regex: '(.+)'
          -
            - x
          - 'on'

        """)
  }

  @Test func quotesKeysLikeStrings() {
    let value = YAMLValue.mapping([YAMLEntry("yes", .string("no")), YAMLEntry("a: b", .plain("1"))])
    #expect(writer.write(value) == "'yes': 'no'\n'a: b': 1\n")
  }

  @Test func convertsParsedNodesKeepingTheirMeaning() throws {
    let text = """
      base: &b {x: 1}
      m:
        <<: *b
        s: 'yes'
        p: yes
        n:
        t: !!str 12
        l: [a, 'b c']
      """
    let parsed = YAMLParser().parse(SourceText(path: "t.yml", text: text))
    let root = try #require(parsed.document.root)
    let m = try #require(parsed.document.value(forKey: "m", in: root))
    #expect(
      writer.write(YAMLValue(node: m, in: parsed.document)) == """
        s: 'yes'
        p: yes
        'n': null
        t: '12'
        l: [a, b c]
        x: 1

        """)
  }

  /// Writing then parsing any string gives it back, and a plain scalar only when yaml.v2 reads it as a string.
  @Test func roundTripsGeneratedStrings() throws {
    let alphabet: [Character] = [
      "a", "Z", "0", "1", "9", " ", "\t", "\n", ":", "#", "-", "?", "'", "\"", "\\", ",", "[", "]", "{", "}",
      "*", "&", "!", "%", "@", "`", "|", ">", ".", "_", "+", "e", "x", "~", "y", "n", "o", "\u{7}", "é", "\u{FEFF}",
    ]
    let words = ["yes", "No", "ON", "off", "null", "~", "true", "0120", "1_000", ".5", "1e3", "-.inf", "0x1F", "<<"]
    var generator = SplitMix64(seed: 0x5D6E)
    for round in 0..<4_000 {
      var text = ""
      if round % 5 == 0 {
        text = words[Int(generator.next() % UInt64(words.count))]
      } else {
        for _ in 0..<Int(generator.next() % 7) { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
      }
      for style in [YAMLValue.ScalarStyle.string, .singleQuoted] {
        let yaml = writer.write(
          .mapping([
            YAMLEntry("k", .scalar(text, style)), YAMLEntry("s", .sequence([.scalar(text, style)], flow: true)),
          ]))
        let parsed = YAMLParser().parse(SourceText(path: "p.yml", text: yaml))
        #expect(parsed.diagnostics.isEmpty, "\(yaml)")
        let root = try #require(parsed.document.root, "\(yaml)")
        let value = try #require(parsed.document.value(forKey: "k", in: root))
        let node = parsed.document[value]
        #expect(node.value == text, "\(yaml)")
        if node.style == .plain { #expect(YAMLv2Resolver.isString(text), "\(yaml)") }
        if style == .singleQuoted { #expect(node.style != .plain, "\(yaml)") }
        let list = try #require(parsed.document.value(forKey: "s", in: root))
        #expect(parsed.document.items(list).map { parsed.document[$0].value } == [text], "\(yaml)")
      }
    }
  }
}

/// yaml.v2's resolution of an untagged plain scalar, written from its resolve table and regular
/// expressions, independent of the writer's own checks.
enum YAMLv2Resolver {
  private static let words: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "", "<<",
    ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
  ]

  /// True when yaml.v2 resolves `text`, written plain, to a string: only a first character that is a
  /// digit, a sign or a dot makes it try numbers and timestamps (with `_` removed, except after a dot).
  static func isString(_ text: String) -> Bool {
    if words.contains(text) { return false }
    guard let first = text.first, "+-.0123456789".contains(first) else { return true }
    if first == "." { return !matches(text, "^\\.[0-9]+([eE][-+]?[0-9]+)?$") }
    let plain = text.replacingOccurrences(of: "_", with: "")
    let patterns = [
      "^[-+]?[0-9]+$", "^[-+]?0[xX][0-9a-fA-F]+$", "^[-+]?0[oO][0-7]+$", "^[-+]?0[bB][01]+$",
      "^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$",
    ]
    if patterns.contains(where: { matches(plain, $0) }) { return false }
    return !matches(text, "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")
  }

  private static func matches(_ text: String, _ pattern: String) -> Bool {
    text.range(of: pattern, options: .regularExpression) != nil
  }
}
