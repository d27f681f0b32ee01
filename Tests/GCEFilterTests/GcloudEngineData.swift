import Foundation
import SDJSON
import SDTestSupport

/// `Tests/Fixtures/data/gcloud-engine/` (from `../shared/data/gcloud-engine/`): gcloud expressions with the instances gcloud's own filter engine
/// keeps (`vectors.tsv`), and those instances (`instances.json`).
struct GcloudEngineData {
  /// One row: an expression and the names gcloud keeps, or gcloud's error.
  struct Row: Sendable {
    let line: Int
    let expression: String
    /// The kept names in file order; nil when gcloud reports an error.
    let kept: [String]?
  }

  let rows: [Row]
  let instances: [JSONValue]

  /// The data, copied from `../shared/data/gcloud-engine` into the test fixtures.
  static func load() throws -> GcloudEngineData {
    let text = String(decoding: try TestPaths.fixtureBytes("data/gcloud-engine/vectors.tsv"), as: UTF8.self)
    var rows: [Row] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { continue }
      let answer = line[line.index(after: tab)...]
      let kept = answer.hasPrefix("ERROR") ? nil : answer.split(separator: ",").map(String.init)
      rows.append(Row(line: index + 1, expression: String(line[..<tab]), kept: kept))
    }
    let instances = try JSONValue.parse(try TestPaths.fixtureBytes("data/gcloud-engine/instances.json")).arrayValue ?? []
    return GcloudEngineData(rows: rows, instances: instances)
  }

  /// The names of the instances `keeps` accepts, in file order.
  func names(keptBy keeps: (JSONValue) -> Bool) -> [String] {
    instances.filter(keeps).compactMap { $0["name"]?.stringValue }
  }
}
