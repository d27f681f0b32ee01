import Foundation
import Testing

@testable import SDCore
@testable import SDYAML
import SDTestSupport

/// The fast block reader gives exactly libyaml's document (every node, range, child and diagnostic) on
/// every text it accepts, and leaves everything outside its subset to libyaml.
@Suite struct YAMLBlockReaderTests {
  private let parser = YAMLParser()

  private func source(_ text: String) -> SourceText {
    SourceText(path: "t.yml", text: text)
  }

  /// Parses `text` with both readers; fails unless the block reader accepts it and agrees with libyaml.
  private func expectAcceptedAndEqual(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let fast = parser.parseBlockSubset(source(text))
    #expect(
      fast != nil, "the block reader left this to libyaml: \(text.debugDescription)", sourceLocation: sourceLocation)
    #expect(fast == parser.parseWithLibYAML(source(text)), "\(text.debugDescription)", sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    "a: 1\nb: two words  # comment\nc:\n",
    "a: 1\nb: 2",
    "a: 1\nb: 2   ",
    "a: 1\nb: 2\n   ",
    "---\nglobal:\n  scrape_interval: 30s\n",
    "--- # start\na: b\n\n# trailing comment\n",
    "scrape_configs:\n- job_name: a\n  static_configs:\n  - targets: [x, 'y', \"z\"]\n- job_name: b\n",
    "scrape_configs:\n  - job_name: a\n    gce_sd_configs:\n      - project: p\n        zone: z\nrule_files: []\n",
    "a:\n  - - x\n    - y\n  - z\n",
    "a:\n  b\nc: d\n",
    "a:\n  'quoted'\n",
    "k: 'it''s'\nd: \"say \\\"hi\\\"\\n\\t\\\\ \\/\"\n",
    "'quoted key': 1\n\"other\" : 2\nplain key  : 3\n",
    "a: x:y\nb: http://host:9090/path#frag\nc: a#b\nd: -1\ne: 'x'# comment\n",
    "a:\nb:\n  c:\n  d: []\n",
    "a: [ ]\nb: [ one two , 'three' ]\n",
    "a: 1\na: 2\n",
    "- a\n- b: 1\n  c: 2\n-   d: 3\n",
    "",
    "# only a comment\n",
    "  a: 1\n  b:\n  - x\n",
    "a: b ] }\nc: x,y\n",
  ])
  func acceptsAndMatchesLibYAML(_ text: String) {
    expectAcceptedAndEqual(text)
  }

  @Test(arguments: [
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: |\n  text\n",
    "a: >\n  text\n",
    "a: {b: 1}\n",
    "a: [1,\n  2]\n",
    "a: multi\n  line\n",
    "a: 'multi\n  line'\n",
    "a:\tb\n",
    "a: caf\u{e9}\n",
    "a: 1\r\nb: 2\r\n",
    "a: b: c\n",
    "a: 1\n---\nb: 2\n",
    "a: 1\n...\n",
    "%YAML 1.2\n---\na: 1\n",
    "? a\n: b\n",
    "a: \"\\x41\"\n",
    "- \n- b\n",
    "a:\n  - x\n  b: y\n",
    "a: 1\n  b: 2\n",
    "a: [x, ]\n",
    "a: [x: y]\n",
    "a: @x\n",
    "\u{FEFF}a: 1\n",
  ])
  func leavesOtherYAMLToLibYAML(_ text: String) {
    #expect(parser.parseBlockSubset(source(text)) == nil)
  }

  /// Any byte that is neither a line feed nor printable ASCII, anywhere (in the eight-byte words and in the
  /// tail the reader checks separately), sends the text to libyaml.
  @Test func leavesEveryOtherByteToLibYAML() {
    let text = Array("a: bcdefghijklmnopq\n".utf8)
    let outside = (0...255).map(UInt8.init).filter { $0 != 0x0A && ($0 < 0x20 || $0 > 0x7E) }
    var accepted: [String] = []
    for byte in outside {
      for position in 3..<text.count {
        var bytes = text
        bytes[position] = byte
        if parser.parseBlockSubset(SourceText(path: "t.yml", bytes: bytes)) != nil {
          accepted.append("0x\(String(byte, radix: 16)) at \(position)")
        }
      }
    }
    #expect(accepted.isEmpty)
    #expect(parser.parseBlockSubset(SourceText(path: "t.yml", bytes: text)) != nil)
  }

  @Test func marksMatchLibYAMLWhereBlocksEnd() throws {
    let result = try #require(parser.parseBlockSubset(source("a:\n- x\nb:\n  c: 1\n\n# end\n")))
    let document = result.document
    let root = try #require(document.root)
    #expect(
      document[root].range
        == SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 7, column: 1)))
    let sequence = try #require(document.value(forKey: "a", in: root))
    #expect(document[sequence].range.end == SourcePosition(line: 3, column: 1))
    let nested = try #require(document.value(forKey: "b", in: root))
    #expect(document[nested].range.end == SourcePosition(line: 7, column: 1))
  }

  /// Every file the project and the Prometheus corpus hold, and a bounded set of random mutations of each
  /// (fixed seed): wherever the block reader accepts the text, its result equals libyaml's.
  @Test(.enabled(if: TestPaths.hasCorpus, Comment(rawValue: TestPaths.noCorpus))) func agreesWithLibYAMLOnCorpusAndMutations() throws {
    var generator = SplitMix64(seed: 7)
    var accepted = 0
    var parsed = 0
    for file in try Self.seedFiles() {
      var bytes = file.bytes
      for round in 0..<40 {
        if round > 0 { bytes = YAMLMutator.mutate(round % 8 == 0 ? file.bytes : bytes, using: &generator) }
        let text = SourceText(path: file.name, bytes: bytes)
        parsed += 1
        guard let fast = parser.parseBlockSubset(text) else { continue }
        accepted += 1
        let slow = parser.parseWithLibYAML(text)
        #expect(
          fast == slow,
          "\(file.name) round \(round): \(Self.difference(fast, slow)) in \(String(decoding: bytes, as: UTF8.self).debugDescription)"
        )
        if fast != slow { return }
      }
    }
    print("block reader: accepted \(accepted) of \(parsed) texts, each identical to libyaml's result")
    #expect(accepted > parsed / 4)
  }

  /// The first node or diagnostic on which two results differ.
  private static func difference(_ fast: YAMLParseResult, _ slow: YAMLParseResult) -> String {
    for (index, (one, other)) in zip(fast.document.nodes, slow.document.nodes).enumerated() where one != other {
      return "node \(index): \(one) versus libyaml's \(other)"
    }
    if fast.document.nodes.count != slow.document.nodes.count {
      return "\(fast.document.nodes.count) nodes versus libyaml's \(slow.document.nodes.count)"
    }
    return "diagnostics \(fast.diagnostics) versus libyaml's \(slow.diagnostics)"
  }

  private static func seedFiles() throws -> [(name: String, bytes: [UInt8])] {
    var files: [(name: String, bytes: [UInt8])] = []
    let roots = [
      TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata"),
      TestPaths.fixtures,
      TestPaths.repository.appendingPathComponent("examples"),
      TestPaths.repository.appendingPathComponent("templates"),
    ]
    for root in roots {
      guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
      for case let name as String in walker where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
        files.append((name, Array(try Data(contentsOf: root.appendingPathComponent(name)))))
      }
    }
    for blog in ["node.yml", "dashboard.yml"] {
      files.append(("blog/\(blog)", Array("scrape_configs:\n".utf8) + (try TestPaths.fixtureBytes("data/blog/\(blog)"))))
    }
    return files.sorted { $0.name < $1.name }
  }
}
