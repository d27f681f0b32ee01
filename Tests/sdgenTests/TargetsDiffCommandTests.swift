import Foundation
import SDTestSupport
import Testing

/// `sdgen targets --diff` end to end: exit codes, --fail-on-drop, git:REV:path and the blog's spec.
@Suite struct TargetsDiffCommandTests {
  static let instances = TestPaths.repository.appendingPathComponent("examples/blog/instances.json").path
  static let blogJobs = TestPaths.repository.appendingPathComponent("examples/lint/blog-jobs.yml").path
  static let blogSpec = TestPaths.repository.appendingPathComponent("examples/blog/sdgen.yml").path

  @Test func theBlogsJobsAndItsSpecScrapeTheSameTargets() throws {
    let result = try CLIRunner.run(["targets", "--diff", Self.blogJobs, Self.blogSpec, "--instances", Self.instances])
    #expect(result.status == 0)
    #expect(result.stdout == "no target changes\n")
  }

  @Test func changingOneRuleReportsExactlyTheLabelsItChanges() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOfFile: Self.blogJobs, encoding: .utf8)
    let changed = folder.appendingPathComponent("changed.yml")
    try text.replacingOccurrences(of: "target_label: cloud_tier", with: "target_label: tier")
      .write(to: changed, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["targets", "--diff", Self.blogJobs, changed.path, "--instances", Self.instances])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        job node (changed): 1 change labels
          ~ api-1  cloud_tier: "backend" -> (none), tier: (none) -> "backend"
        job dashboard (changed): 1 change labels
          ~ dashboard-1  cloud_tier: "frontend" -> (none), tier: (none) -> "frontend"
        2 jobs changed: 0 targets start, 0 stop, 2 change labels

        """)
    let dropsOnly = try CLIRunner.run(
      ["targets", "--diff", Self.blogJobs, changed.path, "--instances", Self.instances, "--fail-on-drop"])
    #expect(dropsOnly.status == 0)
  }

  @Test func readsARevisionWithGit() throws {
    let result = try CLIRunner.run([
      "targets", "--diff", "git:HEAD:examples/blog/prometheus.yml", Self.blogSpec, "--instances", Self.instances,
    ], directory: TestPaths.repository)
    #expect(result.status == 0, "\(result.stderr)")
    let missing = try CLIRunner.run(
      ["targets", "--diff", "git:no-such-revision:x.yml", Self.blogSpec, "--instances", Self.instances],
      directory: TestPaths.repository)
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("sdgen: error: git show no-such-revision:x.yml: fatal:"))
  }

  @Test func markdownAndGithubNeedDiff() throws {
    let result = try CLIRunner.run(["targets", Self.blogSpec, "--instances", Self.instances, "--format", "markdown"])
    #expect(result.status == 64)
  }
}
