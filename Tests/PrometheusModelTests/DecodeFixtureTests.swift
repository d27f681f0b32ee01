import Testing

@testable import SDCore
@testable import PrometheusModel
import SDTestSupport

/// Decodes the fixtures under `Fixtures/model/` and compares with their golden findings.
@Suite struct DecodeFixtureTests {
  private func decode(_ name: String, version: PrometheusVersion = .newest) throws -> [Diagnostic] {
    let text = try TestPaths.fixture("model/\(name)")
    let decoder = ConfigDecoder(version: version, relabelValidation: nil)
    return decoder.decode(SourceText(path: name, text: text)).diagnostics
  }

  private func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { diagnostic in
      var lines = [
        "\(diagnostic.range.start) \(diagnostic.severity.rawValue) \(diagnostic.rule): \(diagnostic.message)"
      ]
      if let help = diagnostic.help { lines.append("  help: \(help)") }
      lines += diagnostic.notes.filter { !$0.hasPrefix("valid keys:") }.map { "  note: \($0)" }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n") + "\n"
  }

  @Test func blogNodeJobDecodesCleanly() throws {
    #expect(try decode("blog-node.yml").isEmpty)
  }

  @Test func blogDashboardPortIsMisplaced() throws {
    let diagnostics = try decode("blog-dashboard.yml")
    #expect(
      Decoded.lines(diagnostics) == [
        "10:5 schema/misplaced-key: 'port' is not a key of a scrape_configs entry; it belongs inside a "
          + "gce_sd_configs entry"
      ])
  }

  @Test func everyMistakeMatchesTheGoldenFile() throws {
    let diff = try Golden.mismatch(render(try decode("mistakes.yml")), golden: "Tests/Fixtures/model/mistakes.expected")
    #expect(diff == nil, Comment(rawValue: diff ?? ""))
  }
}
