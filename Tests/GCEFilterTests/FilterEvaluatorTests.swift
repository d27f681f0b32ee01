import Testing

@testable import SDJSON
@testable import GCEFilter
import SDTestSupport

@Suite struct FilterEvaluatorTests {
  /// The three instances of `sample-instances.json`.
  static func samples() throws -> [JSONValue] {
    try #require(JSONValue.parse(TestPaths.fixtureBytes("data/sample-instances.json")).arrayValue)
  }

  /// The names of the sample instances `filter` selects.
  func selected(_ filter: String) throws -> [String] {
    let expr = try APIFilter.parse(filter)
    return try Self.samples().filter { FilterEvaluator.matches(expr, $0) }.compactMap { $0["name"]?.stringValue }
  }

  @Test func equalityIsExactAndCaseSensitive() throws {
    #expect(try selected(#"(status="RUNNING")"#) == ["web-frontend-1", "db-replica-2"])
    #expect(try selected(#"(status="running")"#) == [])
    #expect(try selected(#"(status="RUNNING") AND (labels.team="data")"#) == ["db-replica-2"])
    #expect(try selected(#"cpuPlatform = "Intel Ice Lake""#) == ["db-replica-2"])
    #expect(try selected(#"name = web"#) == [])
  }

  @Test func notEqualDropsInstancesWithoutTheLabel() throws {
    #expect(try selected(#"labels.team != "web""#) == ["db-replica-2"])
    #expect(try selected(#"NOT (labels.team = "web")"#) == ["batch-worker-7", "db-replica-2"])
  }

  @Test func presenceWildcardsAndHas() throws {
    #expect(try selected("labels.workload:*") == ["batch-worker-7"])
    #expect(try selected("-labels.team:*") == ["batch-worker-7"])
    #expect(try selected(#"name = "web-*""#) == ["web-frontend-1"])
    #expect(try selected(#"name:"*-2""#) == ["db-replica-2"])
    #expect(try selected("labels.env:prod") == ["web-frontend-1", "db-replica-2"])
  }

  @Test func booleansNumbersAndOmittedDefaults() throws {
    #expect(try selected("scheduling.automaticRestart = false") == ["batch-worker-7"])
    #expect(try selected("scheduling.preemptible = true") == ["batch-worker-7"])
    #expect(try selected("satisfiesPzi = false") == ["batch-worker-7"])
    #expect(try selected("satisfiesPzi:*") == ["web-frontend-1", "db-replica-2"])
    #expect(try selected(#"creationTimestamp < "2026-01-01""#) == ["db-replica-2"])
  }

  @Test func regexDialectMatchesTheWholeValue() throws {
    #expect(try selected("name eq .*-[0-9]") == ["web-frontend-1", "batch-worker-7", "db-replica-2"])
    #expect(try selected("name eq web") == [])
    #expect(try selected("(name ne web-.*)(status eq RUNNING)") == ["db-replica-2"])
  }

  @Test func urlFieldsAndRepeatedFieldsNeverMatchShortValues() throws {
    #expect(try selected("zone = us-central1-a") == [])
    #expect(try selected(#"machineType eq ".*/e2-standard-2""#) == ["web-frontend-1"])
    #expect(try selected("tags.items = postgres") == [])
  }

  @Test func emptyFilterMatchesEverything() throws {
    #expect(try selected("").count == 3)
  }
}
