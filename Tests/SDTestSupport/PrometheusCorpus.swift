import Foundation

/// Prometheus's own config test corpus (`corpus/prometheus-testdata`): its files, what upstream expects
/// of each, and which bad files fail for reasons outside what sdgen models.
package enum PrometheusCorpus {
  /// What upstream expects of one file.
  package enum Expectation {
    case loads, fails, unreferenced
  }

  /// One `.yml` row of `INDEX.tsv`.
  package struct Row {
    /// The path relative to the corpus folder.
    package let file: String
    /// The cells of the row, the path first.
    package let cells: [Substring]

    /// What upstream's tests expect of the file.
    package var expectation: Expectation {
      let upstream = cells[1]
      if upstream.hasPrefix("ok") { return .loads }
      if upstream.hasPrefix("error containing") || upstream.hasPrefix("agent mode only") { return .fails }
      if file.contains(".good.") { return .loads }
      if file.contains(".bad.") { return .fails }
      return .unreferenced
    }
  }

  /// The corpus folder.
  package static let folder = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")

  /// Bad files whose problem lies in a part of the configuration sdgen keeps as written.
  package static let outOfScope: [(prefix: String, reason: String)] = [
    ("agent_mode", "agent-mode restrictions; sdgen checks server-mode configs"),
    ("remote_", "remote_write/remote_read are kept as written"),
    ("empty_rw", "remote_write is kept as written"),
    ("empty_rr", "remote_read is kept as written"),
    ("empty_alert", "alerting is kept as written"),
    ("tracing_", "tracing is kept as written"),
    ("otlp_", "otlp is kept as written"),
  ]

  /// Bad files whose problem appears only once the files `scrape_config_files` names are read, which
  /// lint does and the decoder alone does not.
  package static let needingIncludes: [(prefix: String, reason: String)] = [
    "scrape_config_files_double_import", "scrape_config_files_duplicate", "scrape_config_files_global",
  ].map { ($0, "needs the files scrape_config_files names; lint follows them") }

  /// The text upstream's test requires in the error (`error containing: X [Test]`), if it names one.
  package static func expectedError(_ row: Row) -> String? {
    let cell = row.cells[1]
    guard cell.hasPrefix("error containing: "), let end = cell.range(of: " [", options: .backwards) else { return nil }
    return String(cell[cell.index(cell.startIndex, offsetBy: "error containing: ".count)..<end.lowerBound])
  }

  /// The reason `file` is listed in `table`, if it is.
  package static func reason(_ file: String, in table: [(prefix: String, reason: String)]) -> String? {
    table.first { file.hasPrefix($0.prefix) }?.reason
  }

  /// The `.yml` rows of `INDEX.tsv`, in its order.
  package static func rows() throws -> [Row] {
    let index = try String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
    return index.split(separator: "\n").dropFirst().compactMap { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells[0].hasSuffix(".yml"), cells.count > 1 else { return nil }
      return Row(file: String(cells[0]), cells: cells)
    }
  }

  /// The bytes of a corpus file.
  package static func bytes(_ file: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(file)))
  }
}
