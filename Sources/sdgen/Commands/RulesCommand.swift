import ArgumentParser
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit

/// `sdgen rules`: lists every lint rule, prints one rule's page, or writes their documentation pages.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every lint rule with its default severity and summary, or print one rule's page.")

  @Argument(
    help: "A rule id such as gce/unknown-zone: print its page (summary, rationale, examples, severity, fix).",
    completion: .list(RuleRegistry.spellings))
  var rule: String?

  @Option(
    name: .customLong("write-docs"), help: ArgumentHelp("Write one Markdown page per rule into DIR.", valueName: "DIR"))
  var docsFolder: String?

  func run() throws {
    if let rule {
      guard let found = RuleRegistry.rule(RuleID(rule)) else { throw failJob(RuleRegistry.notARule(rule)) }
      print(RuleDocumentation.page(for: found), terminator: "")
      return
    }
    guard let docsFolder else {
      let width = RuleRegistry.all.map(\.info.id.rawValue.count).max() ?? 0
      for rule in RuleRegistry.all {
        let info = rule.info
        let padded = info.id.rawValue + String(repeating: " ", count: width - info.id.rawValue.count)
        let severity = info.defaultSeverity.rawValue
        let paddedSeverity = severity + String(repeating: " ", count: max(0, 7 - severity.count))
        print("\(padded)  \(paddedSeverity)  \(info.summary)")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: docsFolder, withIntermediateDirectories: true)
      try write(RuleDocumentation.index(for: RuleRegistry.all), to: "\(docsFolder)/README.md")
      for rule in RuleRegistry.all {
        let path = "\(docsFolder)/\(rule.info.id).md"
        try FileManager.default.createDirectory(
          atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
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
