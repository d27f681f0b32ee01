import Foundation
import Testing

@testable import SDConfigKit

/// Decodes every prometheus.yml of Prometheus's own config test corpus and compares with what upstream expects.
@Suite struct CorpusDecodeTests {
  /// Bad files whose problem lies in a part of the configuration sdgen keeps as written.
  static let outOfScope: [(prefix: String, reason: String)] =
    [
      ("agent_mode", "agent-mode restrictions; sdgen checks server-mode configs"),
      ("remote_", "remote_write/remote_read are kept as written"),
      ("empty_rw", "remote_write is kept as written"),
      ("empty_rr", "remote_read is kept as written"),
      ("empty_alert", "alerting is kept as written"),
      ("tracing_", "tracing is kept as written"),
      ("otlp_", "otlp is kept as written"),
      ("scrape_config_files_double_import", "needs the files scrape_config_files names; lint follows them"),
      ("scrape_config_files_duplicate", "needs the files scrape_config_files names; lint follows them"),
      ("scrape_config_files_global", "needs the files scrape_config_files names; lint follows them"),
    ]
    + [
      "azure", "consul", "digitalocean", "dns", "docker", "ec2", "eureka", "hetzner", "http_", "ionos", "kubernetes",
      "kuma", "lightsail", "linode", "marathon", "nomad", "oci", "openstack", "outscale", "ovhcloud", "puppetdb",
      "scaleway", "stackit", "triton", "uyuni", "vultr",
    ].map { ($0, "inside a service-discovery block other than gce_sd_configs, kept as written") }

  /// What upstream expects of one file.
  private enum Expectation {
    case loads, fails, unreferenced
  }

  private static func expectation(file: String, upstream: Substring) -> Expectation {
    if upstream.hasPrefix("ok") { return .loads }
    if upstream.hasPrefix("error containing") || upstream.hasPrefix("agent mode only") { return .fails }
    if file.contains(".good.") { return .loads }
    if file.contains(".bad.") { return .fails }
    return .unreferenced
  }

  private static func reason(_ file: String, in table: [(prefix: String, reason: String)]) -> String? {
    table.first { file.hasPrefix($0.prefix) }?.reason
  }

  @Test func corpusDecodesAsUpstreamExpects() throws {
    let folder = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    let index = try String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
    var counts = (files: 0, good: 0, goodClean: 0, bad: 0, caught: 0, outOfScope: 0, unreferenced: 0)
    var outOfScopeLines: [String] = []
    for row in index.split(separator: "\n").dropFirst() {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
      let file = String(cells[0])
      guard file.hasSuffix(".yml"), cells.count > 1 else { continue }
      counts.files += 1
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
      let (_, diagnostics) = ConfigDecoder().decode(SourceText(path: file, bytes: bytes))
      let errors = diagnostics.filter { $0.severity == .error }
      switch Self.expectation(file: file, upstream: cells[1]) {
      case .loads:
        counts.good += 1
        #expect(
          errors.isEmpty, "\(file) loads in Prometheus but gives \(errors.map { "\($0.range.start) \($0.message)" })")
        if errors.isEmpty { counts.goodClean += 1 }
      case .fails:
        counts.bad += 1
        if let reason = Self.reason(file, in: Self.outOfScope) {
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

  /// promtool 2.42 (the oracle) accepted these files (exit 0); decoding them for 2.42 must give no error.
  @Test func filesPromtool2_42AcceptsHaveNoErrorFor2_42() throws {
    let folder = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    let index = try String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
    var accepted = 0
    for row in index.split(separator: "\n").dropFirst() {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count > 2, cells[0].hasSuffix(".yml"), cells[2] == "0" else { continue }
      accepted += 1
      let file = String(cells[0])
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
      let errors = ConfigDecoder(version: .v2_42).decode(SourceText(path: file, bytes: bytes)).diagnostics
        .filter { $0.severity == .error }
      #expect(errors.isEmpty, "promtool 2.42 accepts \(file), but sdgen reports \(errors.map(\.message))")
    }
    #expect(accepted == 27)
  }

  /// Where promtool 2.42 reports an unknown field, decoding for 2.42 reports an error too, except for
  /// the service-discovery blocks Debian's build leaves out and keys inside sections kept as written.
  @Test func unknownFieldsOfPromtool2_42AreErrorsFor2_42() throws {
    let folder = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    let index = try String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
    let debianLacks = [
      "consul_sd_configs", "kubernetes_sd_configs", "kuma_sd_configs", "linode_sd_configs", "nomad_sd_configs",
    ]
    let insideOpaqueSections = ["protobuf_message"]
    var checked = 0
    for row in index.split(separator: "\n").dropFirst() {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count > 3, cells[0].hasSuffix(".yml"), let range = cells[3].range(of: "field ") else { continue }
      let field = cells[3][range.upperBound...].prefix { $0 != " " }
      guard cells[3].contains("not found in type"), !debianLacks.contains(String(field)),
        !insideOpaqueSections.contains(String(field))
      else { continue }
      checked += 1
      let file = String(cells[0])
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
      let errors = ConfigDecoder(version: .v2_42).decode(SourceText(path: file, bytes: bytes)).diagnostics
        .filter { $0.severity == .error }
      #expect(!errors.isEmpty, "promtool 2.42 reports an unknown field \(field) in \(file), but sdgen does not")
    }
    #expect(checked == 75)
  }
}
