import Foundation
import Testing

@testable import SDCore
@testable import SDLint
import SDRender
import SDTestSupport

/// Every rule's documented examples behave as documented, and the docs pages match the registry.
@Suite struct RuleExampleTests {
  static let rules: [String] = RuleRegistry.all.map(\.info.id.rawValue)

  @Test(arguments: rules)
  func examplesBehaveAsDocumented(ruleID: String) throws {
    let rule = try #require(RuleRegistry.rule(RuleID(ruleID)))
    let flaggedCount = rule.examples.filter(\.isFlagged).count
    #expect(flaggedCount > 0, "\(ruleID) has no flagged example")
    #expect(flaggedCount < rule.examples.count, "\(ruleID) has no clean example")
    for example in rule.examples {
      var options = LintOptions()
      if let version = example.version { options.prometheusVersion = version }
      if !rule.info.isOnByDefault { options.severityOverrides[rule.info.id] = rule.info.defaultSeverity }
      options.knownProjects = example.knownProjects
      let source = SourceText(path: "example.yml", text: example.source)
      let findings =
        if let base = example.base {
          ConfigRenderer.render(spec: source, base: SourceText(path: "base.yml", text: base)).diagnostics
            .filter { $0.rule == rule.info.id }
        } else {
          Linter(options: options, rules: [rule]).lint(source).filter { $0.rule == rule.info.id }
        }
      if example.isFlagged {
        #expect(
          findings.map(\.range.start) == example.markedPositions,
          "\(ruleID) flagged example:\n\(example.text)\nfound: \(findings.map { "\($0.range.start) \($0.message)" })")
      } else {
        #expect(findings.isEmpty, "\(ruleID) clean example:\n\(example.text)\nfound: \(findings.map(\.message))")
      }
    }
  }

  /// An opt-in rule reports nothing until it is turned on, even on its own flagged examples.
  @Test func optInRulesAreOffByDefault() throws {
    let optIn = RuleRegistry.all.filter { !$0.info.isOnByDefault }
    #expect(optIn.map(\.info.id) == [.yamlIndentationStyle])
    for rule in optIn {
      for example in rule.examples where example.isFlagged {
        #expect(Linter(rules: [rule]).lint(SourceText(path: "example.yml", text: example.source)).isEmpty)
      }
    }
  }

  @Test func ruleIdsAreUniqueAndWellFormed() {
    let ids = RuleRegistry.all.map(\.info.id.rawValue)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      let parts = id.split(separator: "/")
      #expect(parts.count == 2 && parts.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } }, "\(id)")
    }
  }

  @Test func docsPagesMatchTheRegistry() throws {
    let folder = TestPaths.repository.appendingPathComponent("docs/rules")
    var expected: [String: String] = ["README.md": RuleDocumentation.index(for: RuleRegistry.all)]
    for rule in RuleRegistry.all { expected[rule.info.id.rawValue + ".md"] = RuleDocumentation.page(for: rule) }
    var found: Set<String> = []
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "md" { found.insert(String(url.path.dropFirst(folder.path.count + 1))) }
    }
    #expect(found == Set(expected.keys), "run: swift run sdgen rules --write-docs docs/rules")
    for (relative, text) in expected {
      let onDisk = try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
      #expect(onDisk == text, "\(relative) is stale; run: swift run sdgen rules --write-docs docs/rules")
    }
  }
}
