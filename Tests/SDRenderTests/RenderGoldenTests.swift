import Foundation
import Testing

@testable import SDCore
@testable import SDRender
import SDTestSupport

/// Specs render to their committed prometheus.yml byte for byte, every time, and promtool accepts the result.
@Suite struct RenderGoldenTests {
  /// A spec, an optional base file, and the committed output, relative to the repository root.
  struct Case: CustomTestStringConvertible, Sendable {
    let folder: String
    var spec: String { "\(folder)/sdgen.yml" }
    var expected: String { "\(folder)/prometheus.yml" }
    var base: String? {
      let path = "\(folder)/base.yml"
      return FileManager.default.fileExists(atPath: TestPaths.repository.appendingPathComponent(path).path)
        ? path : nil
    }
    var testDescription: String { folder }
  }

  static let cases: [Case] =
    ["examples/blog", "examples/fleet"].map(Case.init)
    + ["passthrough", "templates", "regions", "base-merge"].map {
      Case(folder: "Tests/Fixtures/spec/\($0)")
    }

  static func source(_ relative: String) throws -> SourceText {
    let url = TestPaths.repository.appendingPathComponent(relative)
    return SourceText(path: relative, bytes: Array(try Data(contentsOf: url)))
  }

  static func render(_ testCase: Case) throws -> RenderResult {
    ConfigRenderer.render(spec: try source(testCase.spec), base: try testCase.base.map(source))
  }

  @Test(arguments: cases)
  func rendersTheCommittedFile(_ testCase: Case) throws {
    let result = try Self.render(testCase)
    #expect(result.diagnostics.isEmpty)
    let diff = try Golden.mismatch(try #require(result.output), golden: testCase.expected)
    #expect(diff == nil, Comment(rawValue: diff ?? ""))
  }

  @Test(arguments: cases)
  func renderingTwiceGivesTheSameBytes(_ testCase: Case) throws {
    let first = try #require(try Self.render(testCase).output)
    let second = try #require(try Self.render(testCase).output)
    #expect(Array(first.utf8) == Array(second.utf8))
  }

  @Test(.enabled(if: Promtool.shouldRun, Promtool.skipReason), arguments: cases)
  func promtoolAcceptsTheOutput(_ testCase: Case) throws {
    let output = try #require(try Self.render(testCase).output)
    let verdict = try Promtool.check(output)
    #expect(verdict.passed, "\(verdict.output)")
  }

  @Test(.enabled(if: Promtool.shouldRun, Promtool.skipReason))
  func promtoolHelperReportsFailures() throws {
    let verdict = try Promtool.check("scrape_configs:\n  - job_name: a\n    port: 3000\n")
    #expect(!verdict.passed)
    #expect(verdict.output.contains("field port not found in type config.ScrapeConfig"))
  }

  @Test func blogExampleFixesTheBlogsMistakes() throws {
    let output = try #require(try Self.render(Self.cases[0]).output)
    #expect(output.contains("zone: us-east1-b\n"))
    #expect(output.contains("project: ml-platform-a\n"))
    #expect(!output.contains("ml-plaform-a"))
    #expect(
      output.contains(
        "        port: 3000\n        filter: '(status=\"RUNNING\") AND (labels.cloud_service=\"dashboard\")'\n"))
    let spec = String(decoding: try Self.source(Self.cases[0].spec).bytes, as: UTF8.self)
    #expect(spec.components(separatedBy: "use: ").count - 1 == 2)
    #expect(output.components(separatedBy: "target_label: instance\n").count - 1 == 2)
  }
}

/// Runs `promtool check config` on rendered text. Skipped with a message when promtool is missing,
/// except under CI (`CI` set), where a missing promtool fails the test.
enum Promtool {
  /// The promtool executable, if installed.
  static let path = OracleTool.promtool.path

  static let shouldRun = OracleTool.promtool.shouldRun

  /// Why the test is skipped.
  static let skipReason: Comment = "promtool is not installed (apt install prometheus); set CI to make this fail"

  /// promtool's verdict on `text` saved as a temporary prometheus.yml.
  static func check(_ text: String) throws -> (passed: Bool, output: String) {
    let promtool = try #require(path, "promtool is required when CI is set; install Debian's prometheus package")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-promtool-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("prometheus.yml")
    try Data(text.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: promtool)
    process.arguments = ["check", "config", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus == 0, String(decoding: output, as: UTF8.self))
  }
}
