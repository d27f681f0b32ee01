import Testing

@testable import SDJSON
@testable import SDSimulate
import SDTestSupport

@Suite("GCE discovery golden labels")
struct DiscoveryGoldenTests {
  @Test func sampleInstancesGiveTheLabelsOfTheReferenceTable() throws {
    let instances = Array(try InstanceListing.parse(TestPaths.fixtureBytes("data/sample-instances.json")))
    #expect(instances.count == 3)
    let golden = try #require(
      try JSONValue.parse(TestPaths.fixtureBytes("gce/sample-instances.labels.json")).arrayValue)
    #expect(golden.count == 4)
    var actual: [JSONValue] = []
    for entry in golden {
      let discovery = GCEDiscovery(
        project: try #require(entry["project"]?.stringValue),
        zone: try #require(entry["zone"]?.stringValue),
        port: Int(try #require(entry["port"].flatMap(\.number))),
        tagSeparator: try #require(entry["tag_separator"]?.stringValue))
      let targets = discovery.targets(from: instances)
      #expect(targets.flatMap(\.notes).isEmpty, "\(discovery.source)")
      var recorded = try #require(entry.objectValue)
      recorded["targets"] = .array(
        targets.map { target in
          .object([
            "instance": .string(target.instanceName), "labels": .object(target.labels.mapValues { .string($0) }),
          ])
        })
      actual.append(.object(recorded))
    }
    let mismatch = try JSONGolden.mismatch(.array(actual), golden: "Tests/Fixtures/gce/sample-instances.labels.json")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }
}

extension JSONValue {
  fileprivate var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }
}
