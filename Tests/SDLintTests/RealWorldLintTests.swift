import Foundation
import Testing

@testable import SDCore
@testable import SDLint
import SDTestSupport

/// Lints every configuration of `corpus/realworld` (files people wrote: templated, fragments, every
/// discovery type) and compares the findings with a reviewed golden list, one line per finding with
/// its position, severity, message and rule. `SDGEN_UPDATE_GOLDENS=1` records the list anew.
@Suite struct RealWorldLintTests {
  static let folder = TestPaths.shared.appendingPathComponent("corpus/realworld")

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
    let mismatch = try Golden.mismatch(lines.joined(separator: "\n") + "\n", golden: "Tests/Fixtures/lint/realworld.txt")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }
}
