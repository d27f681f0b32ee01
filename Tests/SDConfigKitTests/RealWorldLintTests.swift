import Foundation
import Testing

@testable import SDConfigKit

/// Lints every configuration of `corpus/realworld` (files people wrote: templated, fragments, every
/// discovery type) and compares the findings with a reviewed golden list, one line per finding with
/// its position, severity, message and rule. `SDGEN_UPDATE_GOLDENS=1` records the list anew.
@Suite struct RealWorldLintTests {
  static let folder = TestPaths.shared.appendingPathComponent("corpus/realworld")
  static let golden = TestPaths.fixtures.appendingPathComponent("lint/realworld.txt")

  @Test func findingsMatchTheReviewedGolden() throws {
    guard FileManager.default.fileExists(atPath: Self.folder.path) else {
      print("skipped: \(Self.folder.path) is absent, so the real-world lint golden is not compared")
      return
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".yml") }.sorted()
    #expect(files.count == 46)
    var lines: [String] = []
    for file in files {
      let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
      for finding in Linter().lintFollowingIncludes(SourceText(path: file, bytes: bytes)).diagnostics {
        let start = finding.range.start
        lines.append(
          "\(finding.file ?? file):\(start.line):\(start.column): \(finding.severity.rawValue): "
            + "\(finding.message) [\(finding.rule)]")
      }
    }
    let text = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["SDGEN_UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: Self.golden, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
    let missing = expected.split(separator: "\n").filter { !lines.contains(String($0)) }
    let added = lines.filter { !expected.split(separator: "\n").contains(Substring($0)) }
    #expect(missing.isEmpty && added.isEmpty, "no longer found: \(missing)\nnewly found: \(added)")
    #expect(text == expected, "record with SDGEN_UPDATE_GOLDENS=1 after reviewing the difference")
  }
}
