import Foundation
import SDTestSupport
import Testing

/// The command lines shown in README.md and docs/testing.md print what those files say they print.
@Suite struct ReadmeExamplesTests {
  /// One `$ sdgen …` line of a console block and the lines shown under it.
  struct Example: CustomStringConvertible {
    let arguments: [String]
    let expected: String
    var description: String { arguments.joined(separator: " ") }
  }

  static func examples(in file: String = "README.md") throws -> [Example] {
    let readme = try String(
      contentsOf: CLIRunner.repository.appendingPathComponent(file), encoding: .utf8)
    var examples: [Example] = []
    var inConsole = false
    var current: (arguments: [String], lines: [String])?
    func flush() {
      if let current {
        examples.append(
          Example(
            arguments: current.arguments,
            expected: current.lines.joined(separator: "\n").trimmingCharacters(in: .newlines)))
      }
      current = nil
    }
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("```") {
        if inConsole { flush() }
        inConsole = line == "```console"
        continue
      }
      guard inConsole else { continue }
      if line.hasPrefix("$ ") {
        flush()
        let command = String(line.dropFirst(2))
        // Commands that write files or chain shell operators are shown for the reader, not replayed.
        guard command.hasPrefix("sdgen "), !command.contains("&&"), !command.contains(" -o ") else { continue }
        current = (Self.words(String(command.dropFirst("sdgen ".count))), [])
      } else {
        current?.lines.append(line)
      }
    }
    return examples
  }

  /// Splits a command line into words, honouring single and double quotes (enough for the README).
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quote: Character?
    var inWord = false
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { word.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        inWord = true
      } else if character == " " {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }

  /// README.md and every page under docs/ (rule pages included): the pages whose examples are replayed.
  static let pages: [String] = {
    let docs = CLIRunner.repository.appendingPathComponent("docs")
    var pages = ["README.md"]
    let walker = FileManager.default.enumerator(at: docs, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      if url.pathExtension == "md" { pages.append("docs/" + String(url.path.dropFirst(docs.path.count + 1))) }
    }
    return pages.sorted()
  }()

  /// Every `$ sdgen …` line of a console block prints what the page shows under it: standard output, or
  /// standard error followed by standard output where the page shows notes too.
  @Test(arguments: pages)
  func pageShowsRealOutput(_ page: String) throws {
    for example in try Self.examples(in: page) {
      let result = try CLIRunner.run(example.arguments)
      let output = result.stdout.trimmingCharacters(in: .newlines)
      let both = (result.stderr + result.stdout).trimmingCharacters(in: .newlines)
      #expect(output == example.expected || both == example.expected, "\(page): sdgen \(example)\n\(both)")
    }
  }

  @Test func theDocsShowExamples() throws {
    let counts = try Self.pages.map { try Self.examples(in: $0).count }
    #expect(counts.reduce(0, +) >= 30)
  }
}
