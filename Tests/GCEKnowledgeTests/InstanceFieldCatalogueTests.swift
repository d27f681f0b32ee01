import Testing

@testable import GCEKnowledge
import SDTestSupport

@Suite struct InstanceFieldCatalogueTests {
  @Test func holdsEveryRowOfTheTSV() throws {
    let text = String(decoding: try TestPaths.fixtureBytes("data/gce-instance-fields.tsv"), as: UTF8.self)
    let rows = text.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
    #expect(InstanceFieldCatalogue.all.map(\.rawPath) == rows.map { String($0[0]) })
    #expect(InstanceFieldCatalogue.all.map(\.type) == rows.map { String($0[1]) })
    #expect(
      InstanceFieldCatalogue.all.map { $0.enumValues.joined(separator: "|") } == rows.map { String($0[2]) })
  }

  @Test func describesFieldKinds() throws {
    guard case .field(let status) = InstanceFieldCatalogue.lookup("status") else {
      Issue.record("status is catalogued")
      return
    }
    #expect(status.isEnum && status.enumValues.contains("STOPPED") && status.kind == .string && !status.isURL)
    guard case .field(let ip) = InstanceFieldCatalogue.lookup("networkInterfaces.networkIP") else {
      Issue.record("networkInterfaces.networkIP is catalogued")
      return
    }
    #expect(ip.isRepeated && ip.rawPath == "networkInterfaces[].networkIP")
    guard case .field(let tags) = InstanceFieldCatalogue.lookup("tags.items") else {
      Issue.record("tags.items is catalogued")
      return
    }
    #expect(tags.isRepeated && tags.kind == .array)
    let urls = InstanceFieldCatalogue.all.filter { $0.isURL && !$0.isRepeated }.map(\.path)
    #expect(urls == ["machineType", "selfLink", "sourceMachineImage", "zone"])
    #expect(InstanceFieldCatalogue.byPath["id"]?.kind == .numericString)
    #expect(InstanceFieldCatalogue.byPath["scheduling.automaticRestart"]?.kind == .boolean)
    #expect(InstanceFieldCatalogue.lookup("labels.env-name") == .label(key: "env-name"))
    #expect(InstanceFieldCatalogue.byPath["labels"]?.kind == .map)
    #expect(InstanceFieldCatalogue.lookup("labels.") == .unknown)
    #expect(InstanceFieldCatalogue.lookup("stauts") == .unknown)
  }

  @Test func mapsGcloudKeysToAPIPaths() {
    #expect(InstanceFieldCatalogue.camelCase("machine_type") == "machineType")
    #expect(InstanceFieldCatalogue.camelCase("status") == "status")
    #expect(InstanceFieldCatalogue.apiPath(fromGcloud: "scheduling.automatic_restart") == "scheduling.automaticRestart")
    #expect(
      InstanceFieldCatalogue.apiPath(fromGcloud: "network_interfaces.network_ip") == "networkInterfaces.networkIP")
    #expect(InstanceFieldCatalogue.apiPath(fromGcloud: "labels.cloud_service") == "labels.cloud_service")
    #expect(InstanceFieldCatalogue.apiPath(fromGcloud: "some_field") == "someField")
  }
}
