import Foundation
import SDTestSupport
import Testing

/// The hooks of `.pre-commit-hooks.yaml` under the real `pre-commit try-repo`, which builds sdgen from
/// this repository (its `swift` language) in a throwaway pre-commit home: a broken configuration fails
/// with sdgen's findings, a good one passes, and a YAML file outside the hook's patterns is not linted.
@Suite(.serialized) final class PreCommitHookTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-pre-commit")
  }

  /// The lint tests' configuration with the key spelt right and a misspelt zone instead.
  static let broken = LintCommandTests.typo.replacingOccurrences(of: "prot:", with: "port:")
    .replacingOccurrences(of: "us-east1-b", with: "us-eastl1-a")

  static let good = broken.replacingOccurrences(of: "us-eastl1-a", with: "us-east1-b")

  private func git(_ arguments: [String]) throws {
    guard let git = ExternalTool.find("git") else { throw CocoaError(.executableNotLoadable) }
    let result = try git.run(arguments, in: folder.appendingPathComponent("project"))
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
  }

  @Test func lintHookFailsOnFindingsAndPassesOnAGoodConfig() throws {
    guard let preCommit = ExternalTool.required("pre-commit", by: "PreCommitHookTests") else { return }
    try write("project/prometheus/prod.yml", Self.broken)
    try write("project/prometheus.yml", Self.good)
    try write("project/other/not-prometheus.yml", Self.broken)
    try git(["init", "-q"])
    try git(["add", "."])
    let environment = ["PRE_COMMIT_HOME": folder.appendingPathComponent("home").path]
    let project = folder.appendingPathComponent("project")
    let repository = CLIRunner.repository.path

    let failing = try preCommit.run(
      ["try-repo", repository, "sdgen-lint", "--all-files"], in: project, environment: environment)
    #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
    #expect(failing.stdout.contains("prometheus/prod.yml:5:15: error: unknown zone 'us-eastl1-a'"))
    #expect(failing.stdout.contains("[gce/unknown-zone]"))
    #expect(!failing.stdout.contains("not-prometheus.yml"))

    let passing = try preCommit.run(
      ["try-repo", repository, "sdgen-lint", "--files", "prometheus.yml"], in: project, environment: environment)
    #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
    #expect(passing.stdout.contains("Passed"))
  }
}
