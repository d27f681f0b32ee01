import Foundation
import SDTestSupport
import Testing

@testable import SDCore
@testable import SDLint
@testable import SDYAML

/// `lint --fix` over Prometheus's config corpus, the real-world corpus and seeded mutations of both
/// (misspelt keys, tabs after colons): a fixed file still parses, promtool thinks no worse of it,
/// its anchors, aliases, tags and comments are all still there, and fixing it again changes nothing.
@Suite struct FixPropertyTests {
  private static let corpora = ["corpus/prometheus-testdata", "corpus/realworld"].map {
    TestPaths.shared.appendingPathComponent($0)
  }

  /// One input to fix: a corpus file or a mutation of one.
  private struct Case {
    let name: String
    let bytes: [UInt8]
  }

  @Test func fixingKeepsFilesValidAndReachesAFixedPoint() throws {
    guard TestPaths.hasCorpus else {
      print("skipping the --fix property test: \(TestPaths.noCorpus)")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-fix-property-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let session = FixSession(linter: Linter())
    var generator = SplitMix64(seed: 0x5D6E_4F1C)
    var pairs: [(before: String, after: String)] = []
    var cases = try Self.corpusCases()
    cases +=
      cases.map { Self.mutated($0, misspelling: false, using: &generator) }
      + cases.map { Self.mutated($0, misspelling: true, using: &generator) }
    for (index, item) in cases.enumerated() {
      let path = folder.appendingPathComponent("case\(index).yml").path
      let source = SourceText(path: path, bytes: item.bytes)
      let outcome = session.fix(source)
      guard let change = outcome.changes.first(where: { $0.path == path }) else { continue }
      let fixed = SourceText(path: path, bytes: change.newBytes)
      let parsedBefore = YAMLParser().parse(source)
      let parsedAfter = YAMLParser().parse(fixed)
      #expect(parsedBefore.failed || !parsedAfter.failed, "\(item.name): parses before --fix but not after")
      #expect(
        Self.properties(of: source) == Self.properties(of: fixed),
        "\(item.name): --fix changed anchors, aliases, tags or comments")
      #expect(session.fix(fixed).changes.isEmpty, "\(item.name): a second --fix changes the file again")
      let before = folder.appendingPathComponent("case\(index).before.yml").path
      let after = folder.appendingPathComponent("case\(index).after.yml").path
      try Data(item.bytes).write(to: URL(fileURLWithPath: before))
      try Data(change.newBytes).write(to: URL(fileURLWithPath: after))
      pairs.append((before, after))
    }
    print("fix property: \(cases.count) inputs, \(pairs.count) changed by --fix")
    #expect(pairs.count > 100)
    guard OracleTool.promtool.shouldRun else {
      print("fix property: the 'never worse for promtool' half is skipped: \(OracleTool.promtool.skipNote)")
      return
    }
    let passing = try Self.promtoolPasses(pairs.flatMap { [$0.before, $0.after] })
    let accepted = pairs.filter { passing.contains($0.before) }
    print("fix property: promtool accepts \(accepted.count) of the changed inputs before --fix")
    #expect(!accepted.isEmpty)
    for pair in accepted {
      #expect(passing.contains(pair.after), "promtool accepts \(pair.before) but not the fixed \(pair.after)")
    }
  }

  /// Every YAML file of both corpora.
  private static func corpusCases() throws -> [Case] {
    try corpora.flatMap { folder in
      let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
      var found: [Case] = []
      while let url = enumerator?.nextObject() as? URL {
        guard ["yml", "yaml"].contains(url.pathExtension) else { continue }
        found.append(Case(name: url.path, bytes: Array(try Data(contentsOf: url))))
      }
      return found.sorted { $0.name < $1.name }
    }
  }

  /// `item` with a few `: ` turned into `:<TAB>` (which promtool accepts) and, when `misspelling`, a few
  /// keys misspelt (a letter dropped), chosen by `generator`.
  private static func mutated(_ item: Case, misspelling: Bool, using generator: inout SplitMix64) -> Case {
    var lines = String(decoding: item.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    let keyed = lines.indices.filter { lines[$0].contains(": ") && !lines[$0].contains("#") }
    let name = item.name + (misspelling ? " (misspelt keys, tabs)" : " (tabs)")
    guard !keyed.isEmpty else { return Case(name: name, bytes: item.bytes) }
    for _ in 0..<3 {
      let index = keyed[Int(generator.next() % UInt64(keyed.count))]
      var line = lines[index]
      guard let colon = line.firstRange(of: ": ") else { continue }
      if !misspelling || generator.next() % 2 == 0 {
        line.replaceSubrange(colon, with: ":\t")
      } else {
        let keyStart = line.firstIndex { $0 != " " && $0 != "-" } ?? line.startIndex
        let length = line.distance(from: keyStart, to: colon.lowerBound)
        guard length > 3 else { continue }
        line.remove(at: line.index(keyStart, offsetBy: 1 + Int(generator.next() % UInt64(length - 2))))
      }
      lines[index] = line
    }
    return Case(name: name, bytes: Array(lines.joined(separator: "\n").utf8))
  }

  /// The anchors, aliases, tags and comments of a file, counted: tokens that start after a blank
  /// (or a line's start) with `&`, `*`, `!` or `#`, a comment running to the line's end.
  private static func properties(of source: SourceText) -> [String: Int] {
    var counts: [String: Int] = [:]
    for number in 1...max(1, source.lineCount) {
      let line = Array(source.line(number).unicodeScalars)
      var index = 0
      while index < line.count {
        let startsToken = index == 0 || line[index - 1] == " " || line[index - 1] == "\t"
        guard startsToken, "&*!#".unicodeScalars.contains(line[index]) else {
          index += 1
          continue
        }
        var end = index + 1
        while end < line.count, line[index] == "#" || (line[end] != " " && line[end] != "\t") { end += 1 }
        var token = String(String.UnicodeScalarView(line[index..<end]))
        // A value sdgen rewrote may lose a trailing quote or bracket that ends the token; the token stays.
        while let last = token.last, "'\",]}".contains(last) { token.removeLast() }
        counts[token, default: 0] += 1
        index = end
      }
    }
    return counts
  }

  /// The files among `paths` that `promtool check config --syntax-only` accepts, from one run over all.
  private static func promtoolPasses(_ paths: [String]) throws -> Set<String> {
    let promtool = try OracleTool.promtool.require()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: promtool)
    process.arguments = ["check", "config", "--syntax-only"] + paths
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return Set(
      text.split(separator: "\n").compactMap { line in
        guard let range = line.firstRange(of: " SUCCESS: ") else { return nil }
        let rest = line[range.upperBound...]
        return rest.firstRange(of: " is valid").map { String(rest[..<$0.lowerBound]) }
      })
  }
}
