import ArgumentParser
import Foundation
import SDConfigKit

/// `sdgen rules`: lists every lint rule, or writes their documentation pages.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every lint rule with its default severity and summary.")

  @Option(
    name: .customLong("write-docs"), help: ArgumentHelp("Write one Markdown page per rule into DIR.", valueName: "DIR"))
  var docsFolder: String?

  func run() throws {
    guard let docsFolder else {
      let width = RuleRegistry.all.map(\.info.id.count).max() ?? 0
      for rule in RuleRegistry.all {
        let info = rule.info
        let padded = info.id.padding(toLength: width, withPad: " ", startingAt: 0)
        let severity = info.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        print("\(padded)  \(severity)  \(info.summary)")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: docsFolder, withIntermediateDirectories: true)
      try write(RuleDocumentation.index(for: RuleRegistry.all), to: "\(docsFolder)/README.md")
      for rule in RuleRegistry.all {
        let path = "\(docsFolder)/\(rule.info.id).md"
        try FileManager.default.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try write(RuleDocumentation.page(for: rule), to: path)
      }
    } catch {
      throw failJob("\(error)")
    }
  }

  private func write(_ text: String, to path: String) throws {
    try AtomicFile.write(Array(text.utf8), to: path)
  }
}
