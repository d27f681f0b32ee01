import Foundation
import SDTestSupport
import Testing

/// The hooks of `.pre-commit-hooks.yaml` under the real `pre-commit try-repo`, which builds sdgen from
/// this repository (its `swift` language).
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

  /// One `try-repo` run (each one builds sdgen in release mode in a fresh store): the broken file under
  /// `prometheus/` fails with its finding, the good `prometheus.yml` is linted without one, and a YAML
  /// file outside the hook's patterns is not linted.
  @Test func lintHookReportsTheBrokenConfigOnly() throws {
    guard let preCommit = ExternalTool.required("pre-commit", by: "PreCommitHookTests") else { return }
    try write("project/prometheus/prod.yml", Self.broken)
    try write("project/prometheus.yml", Self.good)
    try write("project/other/not-prometheus.yml", Self.broken)
    try git(["init", "-q"])
    try git(["add", "."])
    let project = folder.appendingPathComponent("project")
    let result = try preCommit.run(["try-repo", CLIRunner.repository.path, "sdgen-lint", "--all-files"], in: project)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("prometheus/prod.yml:5:15: error: unknown zone 'us-eastl1-a'"))
    #expect(result.stdout.contains("[gce/unknown-zone]"))
    #expect(!result.stdout.contains("\nprometheus.yml:"))
    #expect(!result.stdout.contains("not-prometheus.yml"))
  }
}
