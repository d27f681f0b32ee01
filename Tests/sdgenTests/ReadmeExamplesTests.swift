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

  @Test func filtersPageShowsRealOutput() throws {
    let examples = try Self.examples(in: "docs/filters.md")
    #expect(examples.count >= 15)
    for example in examples {
      let result = try CLIRunner.run(example.arguments)
      let printed = (result.stderr + result.stdout).trimmingCharacters(in: .newlines)
      #expect(printed == example.expected, "docs/filters.md example: sdgen \(example)")
    }
  }

  @Test func readmeShowsRealOutput() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 6)
    for example in examples {
      let result = try CLIRunner.run(example.arguments)
      let printed = (result.stderr + result.stdout).trimmingCharacters(in: .newlines)
      #expect(printed == example.expected, "README example: sdgen \(example)")
    }
  }

  @Test func testingDocShowsRealOutput() throws {
    let examples = try Self.examples(in: "docs/testing.md")
    #expect(examples.count == 3)
    for example in examples {
      let result = try CLIRunner.run(example.arguments)
      #expect(result.stdout.trimmingCharacters(in: .newlines) == example.expected, "docs/testing.md: sdgen \(example)")
    }
  }
}
