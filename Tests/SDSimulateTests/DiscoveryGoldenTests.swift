import Testing

@testable import SDJSON
@testable import SDSimulate
import SDTestSupport

@Suite("GCE discovery golden labels")
struct DiscoveryGoldenTests {
  @Test func sampleInstancesGiveTheLabelsOfTheReferenceTable() throws {
    let instances = Array(try InstanceListing.parse(TestPaths.fixtureBytes("data/sample-instances.json")))
    #expect(instances.count == 3)
    let golden = try JSONValue.parse(
      Array(TestPaths.fixture("gce/sample-instances.labels.json").utf8))
    let cases = try #require(golden.arrayValue)
    #expect(cases.count == 4)
    for entry in cases {
      let discovery = GCEDiscovery(
        project: try #require(entry["project"]?.stringValue),
        zone: try #require(entry["zone"]?.stringValue),
        port: Int(try #require(entry["port"].flatMap(\.number))),
        tagSeparator: try #require(entry["tag_separator"]?.stringValue))
      let expected = try #require(entry["targets"]?.arrayValue).map { target in
        DiscoveredTarget(
          instanceName: target["instance"]?.stringValue ?? "",
          labels: (target["labels"]?.objectValue ?? [:]).mapValues { $0.stringValue ?? "" })
      }
      let actual = discovery.targets(from: instances)
      #expect(actual.map(\.instanceName) == expected.map(\.instanceName), "\(discovery.source)")
      for (got, want) in zip(actual, expected) {
        #expect(got.labels == want.labels, "\(got.instanceName)")
        #expect(got.notes == [])
      }
    }
  }
}

extension JSONValue {
  fileprivate var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }
}
