import Foundation
import Testing

@testable import SDCore
@testable import PrometheusModel
import SDTestSupport

/// Decodes every prometheus.yml of Prometheus's own config test corpus and compares with what upstream expects.
@Suite(.enabled(if: TestPaths.hasCorpus, Comment(rawValue: TestPaths.noCorpus))) struct CorpusDecodeTests {
  @Test func corpusDecodesAsUpstreamExpects() throws {
    let outOfScope = PrometheusCorpus.outOfScope + PrometheusCorpus.needingIncludes
    var counts = (files: 0, good: 0, goodClean: 0, bad: 0, caught: 0, outOfScope: 0, unreferenced: 0)
    var outOfScopeLines: [String] = []
    for row in try PrometheusCorpus.rows() {
      let (file, cells) = (row.file, row.cells)
      counts.files += 1
      let (_, diagnostics) = ConfigDecoder().decode(SourceText(path: file, bytes: try PrometheusCorpus.bytes(file)))
      let errors = diagnostics.filter { $0.severity == .error }
      switch row.expectation {
      case .loads:
        counts.good += 1
        #expect(
          errors.isEmpty, "\(file) loads in Prometheus but gives \(errors.map { "\($0.range.start) \($0.message)" })")
        if errors.isEmpty { counts.goodClean += 1 }
      case .fails:
        counts.bad += 1
        if let reason = PrometheusCorpus.reason(file, in: outOfScope) {
          counts.outOfScope += 1
          outOfScopeLines.append("  \(file): \(reason)\(errors.isEmpty ? "" : " (an error is reported anyway)")")
        } else {
          #expect(!errors.isEmpty, "\(file) is refused by Prometheus (\(cells[1])) but decodes without an error")
          if !errors.isEmpty { counts.caught += 1 }
        }
      case .unreferenced:
        counts.unreferenced += 1
      }
    }
    print(
      """
      corpus: \(counts.files) files; good \(counts.goodClean)/\(counts.good) without errors; \
      bad in scope caught \(counts.caught)/\(counts.bad - counts.outOfScope); \
      out of scope \(counts.outOfScope); not referenced upstream \(counts.unreferenced)
      out of scope:
      \(outOfScopeLines.joined(separator: "\n"))
      """)
    #expect(counts.files == 217)
    #expect(counts.caught > 0 && counts.goodClean == counts.good)
  }

  /// Every bad file about a service-discovery block is refused with the error upstream's test names,
  /// quoted in the diagnostic's "Prometheus reports" note.
  @Test func discoveryBadFilesGiveTheErrorPrometheusGives() throws {
    var checked = 0
    for row in try PrometheusCorpus.rows() where row.expectation == .fails {
      let mechanism = DiscoveryMechanism.allCases.first { row.file.hasPrefix($0.rawValue + "_") }
      guard let mechanism, mechanism != .gce, let expected = PrometheusCorpus.expectedError(row) else { continue }
      checked += 1
      let bytes = try PrometheusCorpus.bytes(row.file)
      let errors = ConfigDecoder().decode(SourceText(path: row.file, bytes: bytes)).diagnostics
        .filter { $0.severity == .error }
      #expect(
        errors.contains { $0.notes.contains { $0.contains(expected) } },
        "\(row.file): expected an error quoting \"\(expected)\", got \(errors.map { "\($0.message) \($0.notes)" })")
    }
    #expect(checked == 58)
  }

  /// promtool 2.42 (the oracle) accepted these files (exit 0); decoding them for 2.42 must give no error.
  @Test func filesPromtool2_42AcceptsHaveNoErrorFor2_42() throws {
    var accepted = 0
    for row in try PrometheusCorpus.rows() {
      let (file, cells) = (row.file, row.cells)
      guard cells.count > 2, cells[2] == "0" else { continue }
      accepted += 1
      let bytes = try PrometheusCorpus.bytes(file)
      let errors = ConfigDecoder(version: .v2_42).decode(SourceText(path: file, bytes: bytes)).diagnostics
        .filter { $0.severity == .error }
      #expect(errors.isEmpty, "promtool 2.42 accepts \(file), but sdgen reports \(errors.map(\.message))")
    }
    #expect(accepted == 27)
  }

  /// Where promtool 2.42 reports an unknown field, decoding for 2.42 reports an error too, except for
  /// the service-discovery blocks Debian's build leaves out and keys inside sections kept as written.
  @Test func unknownFieldsOfPromtool2_42AreErrorsFor2_42() throws {
    let debianLacks = [
      "consul_sd_configs", "kubernetes_sd_configs", "kuma_sd_configs", "linode_sd_configs", "nomad_sd_configs",
    ]
    let insideOpaqueSections = ["protobuf_message"]
    var checked = 0
    for row in try PrometheusCorpus.rows() {
      let (file, cells) = (row.file, row.cells)
      guard cells.count > 3, let range = cells[3].range(of: "field ") else { continue }
      let field = cells[3][range.upperBound...].prefix { $0 != " " }
      guard cells[3].contains("not found in type"), !debianLacks.contains(String(field)),
        !insideOpaqueSections.contains(String(field))
      else { continue }
      checked += 1
      let bytes = try PrometheusCorpus.bytes(file)
      let errors = ConfigDecoder(version: .v2_42).decode(SourceText(path: file, bytes: bytes)).diagnostics
        .filter { $0.severity == .error }
      #expect(!errors.isEmpty, "promtool 2.42 reports an unknown field \(field) in \(file), but sdgen does not")
    }
    #expect(checked == 75)
  }
}
