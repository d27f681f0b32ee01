import Foundation
import SDTestSupport
import Testing

/// `sdgen render --base` on a base file with CRLF, CR, NEL, LS or PS line breaks: the jobs are merged
/// at the same place as in an LF file and written with the base's own line break, byte for byte, and
/// promtool accepts the result.
@Suite final class RenderBaseLineBreakTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-render-breaks")
  }

  static let lineBreaks = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

  static let spec = "jobs:\n  node:\n    project: ml-platform-a\n    zones: [us-east1-b]\n    port: 9100\n"

  private static let job = """
    - job_name: node
      gce_sd_configs:
        - project: ml-platform-a
          zone: us-east1-b
          port: 9100

    """

  /// Each base (with LF breaks) and the merged output expected (with LF breaks).
  static let cases: [(base: String, merged: String)] = [
    (
      "global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: self\n    static_configs: [{targets: ['a:1']}]\n# end\n",
      "global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: self\n    static_configs: [{targets: ['a:1']}]\n"
        + indented(job) + "# end\n"
    ),
    (
      "scrape_configs: # none yet\n# end\n",
      "scrape_configs: # none yet\n" + indented(job) + "# end\n"
    ),
    (
      "scrape_configs:\n  -\n    job_name: self\n",
      "scrape_configs:\n  -\n    job_name: self\n" + indented(job)
    ),
    (
      "global:\n  scrape_interval: 15s",
      "global:\n  scrape_interval: 15s\nscrape_configs:\n" + job
    ),
  ]

  private static func indented(_ text: String) -> String {
    text.split(separator: "\n").map { "  \($0)\n" }.joined()
  }

  /// Renders onto `base` written with `lineBreak` and returns the output file's bytes.
  private func merged(_ base: String, lineBreak: String) throws -> [UInt8] {
    let basePath = try write("base.yml", base.replacingOccurrences(of: "\n", with: lineBreak))
    let output = folder.appendingPathComponent("prometheus.yml").path
    let result = try CLIRunner.run(["render", try write("sdgen.yml", Self.spec), "--base", basePath, "-o", output])
    #expect(result.stderr == "")
    #expect(result.status == 0)
    return Array(try Data(contentsOf: URL(fileURLWithPath: output)))
  }

  @Test(arguments: lineBreaks)
  func jobsAreMergedWithTheBaseLineBreaks(lineBreak: String) throws {
    for (base, expected) in Self.cases {
      let bytes = try merged(base, lineBreak: lineBreak)
      let wanted = Array(expected.replacingOccurrences(of: "\n", with: lineBreak).utf8)
      #expect(bytes == wanted, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  @Test(
    .enabled(
      if: OracleTool.promtool.shouldRun, "promtool is not installed (apt install prometheus); set CI to make this fail"),
    arguments: lineBreaks)
  func mergedFilesPassPromtool(lineBreak: String) throws {
    let promtool = URL(fileURLWithPath: try OracleTool.promtool.require())
    for (base, _) in Self.cases {
      _ = try merged(base, lineBreak: lineBreak)
      let verdict = try CLIRunner.run(["check", "config", "prometheus.yml"], directory: folder, program: promtool)
      #expect(verdict.status == 0, "\(verdict.stdout)\(verdict.stderr)")
    }
  }
}
