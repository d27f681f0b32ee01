import Foundation
import SDTestSupport
import Testing

@testable import sdgen

/// `sdgen lint` run inside the test process: `lint()` reports and returns the status instead of ending
/// the process, which only `run()` does.
@Suite final class LintInProcessTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-lint-in-process")
  }

  @Test func lintReturnsTheStatusAndWritesTheReport() throws {
    let config = try write("p.yml", LintCommandTests.typo)
    let report = folder.appendingPathComponent("report.txt").path
    let failing = try LintCommand.parse([config, "--format", "compact", "-o", report]).lint()
    #expect(failing.status == 1)
    #expect(failing.lintedFiles.map { $0.diagnostics.map(\.rule.rawValue) } == [["schema/unknown-key"]])
    let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: report)), as: UTF8.self)
    #expect(written.hasSuffix("p.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n"))
    let passing = try LintCommand.parse([config, "--disable", "schema/unknown-key", "-o", report]).lint()
    #expect(passing.status == 0)
  }
}
