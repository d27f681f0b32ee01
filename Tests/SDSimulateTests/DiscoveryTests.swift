import Testing

@testable import SDJSON
@testable import SDSimulate

@Suite("GCE discovery")
struct DiscoveryTests {
  private func instances(_ json: String) throws -> [JSONValue] {
    Array(try InstanceListing.parse(Array(json.utf8)))
  }

  private let base = "https://www.googleapis.com/compute/v1/projects/"

  @Test func gcloudListingWithShortZoneAndMachineTypeGetsTheAPIURLs() throws {
    let listed = try instances(
      """
      [{"name": "a", "id": "7", "status": "RUNNING", "zone": "us-east1-b", "machineType": "e2-micro",
        "selfLink": "\(base)p-one/zones/us-east1-b/instances/a",
        "networkInterfaces": [{"name": "nic0", "networkIP": "10.0.0.2"}]}]
      """)
    let targets = GCEDiscovery(project: "p-one", zone: "us-east1-b").targets(from: listed)
    #expect(targets.count == 1)
    #expect(targets[0].labels["__meta_gce_zone"] == "\(base)p-one/zones/us-east1-b")
    #expect(
      targets[0].labels["__meta_gce_machine_type"]
        == "\(base)p-one/zones/us-east1-b/machineTypes/e2-micro")
    #expect(targets[0].labels["__address__"] == "10.0.0.2:80")
    #expect(
      targets[0].sortedLabels.map(\.name) == [
        "__address__", "__meta_gce_instance_id", "__meta_gce_instance_name",
        "__meta_gce_instance_status",
        "__meta_gce_interface_ipv4_nic0", "__meta_gce_machine_type", "__meta_gce_private_ip",
        "__meta_gce_project", "__meta_gce_zone",
      ])
  }

  @Test func selectionByProjectAndZone() throws {
    let listed = try instances(
      """
      [{"name": "in", "zone": "\(base)p-one/zones/us-east1-b", "networkInterfaces": [{"networkIP": "10.0.0.1"}]},
       {"name": "other-zone", "zone": "\(base)p-one/zones/us-east1-c", "networkInterfaces": [{}]},
       {"name": "other-project", "zone": "\(base)p-two/zones/us-east1-b", "networkInterfaces": [{}]},
       {"name": "self-link-only", "selfLink": "\(base)p-one/zones/us-east1-b/instances/x",
        "networkInterfaces": [{}]},
       {"name": "no-project", "zone": "us-east1-b", "networkInterfaces": [{}]},
       {"name": "no-location", "networkInterfaces": [{}]}]
      """)
    let discovery = GCEDiscovery(project: "p-one", zone: "us-east1-b")
    #expect(
      discovery.targets(from: listed).map(\.instanceName) == ["in", "self-link-only", "no-project"])
    #expect(discovery.source == "GCE_p-one_us-east1-b")
  }

  @Test func instancesWithoutNetworkInterfacesAreSkipped() throws {
    let listed = try instances(
      """
      [{"name": "none", "zone": "z-a"}, {"name": "empty", "zone": "z-a", "networkInterfaces": []},
       {"name": "one", "zone": "z-a", "networkInterfaces": [{"networkIP": "10.1.1.1"}]}]
      """)
    #expect(
      GCEDiscovery(project: "p", zone: "z-a").targets(from: listed).map(\.instanceName) == ["one"])
  }

  @Test func publicIPOnlyFromTheFirstAccessConfigWhenItIsOneToOneNAT() throws {
    let listed = try instances(
      """
      [{"name": "nat", "zone": "z-a", "networkInterfaces": [{"networkIP": "10.0.0.1",
        "accessConfigs": [{"type": "ONE_TO_ONE_NAT", "natIP": "203.0.113.1"}]}]},
       {"name": "ipv6-first", "zone": "z-a", "networkInterfaces": [{"networkIP": "10.0.0.2",
        "accessConfigs": [{"type": "DIRECT_IPV6"}, {"type": "ONE_TO_ONE_NAT", "natIP": "203.0.113.2"}]}]},
       {"name": "second-nic", "zone": "z-a", "networkInterfaces": [{"networkIP": "10.0.0.3"},
        {"networkIP": "10.0.0.4", "accessConfigs": [{"type": "ONE_TO_ONE_NAT", "natIP": "203.0.113.3"}]}]}]
      """)
    let targets = GCEDiscovery(project: "p", zone: "z-a").targets(from: listed)
    #expect(targets.map { $0.labels["__meta_gce_public_ip"] } == ["203.0.113.1", nil, nil])
  }

  @Test func tagsMetadataAndNICNames() throws {
    let listed = try instances(
      """
      [{"name": "t", "zone": "z-a", "id": 12345,
        "networkInterfaces": [{"name": "nic0", "networkIP": "10.0.0.1"}, {"name": "eth-1.x", "networkIP": "10.9.0.1"}],
        "tags": {"items": ["web", "db"]},
        "metadata": {"items": [{"key": "Owner-Email", "value": "a@b"}, {"key": "no-value"},
          {"key": "null-value", "value": null}, {"key": "empty", "value": ""}, {"key": "dup_key", "value": "1"},
          {"key": "dup-key", "value": "2"}]}}]
      """)
    let target = try #require(
      GCEDiscovery(project: "p", zone: "z-a", port: 9100, tagSeparator: "").targets(from: listed)
        .first)
    #expect(target.labels["__meta_gce_tags"] == "webdb")
    #expect(target.labels["__meta_gce_instance_id"] == "12345")
    #expect(target.labels["__meta_gce_interface_ipv4_eth_1_x"] == "10.9.0.1")
    #expect(target.labels["__meta_gce_metadata_Owner_Email"] == "a@b")
    #expect(target.labels["__meta_gce_metadata_dup_key"] == "2")
    #expect(
      target.labels.keys.filter { $0.hasPrefix("__meta_gce_metadata_") }.sorted() == [
        "__meta_gce_metadata_Owner_Email", "__meta_gce_metadata_dup_key",
      ])
    let wrapped = GCEDiscovery(project: "p", zone: "z-a", tagSeparator: ";").targets(from: listed)
    #expect(wrapped.first?.labels["__meta_gce_tags"] == ";web;db;")
  }

  @Test func labelKeysThatSanitiseAlikeGetANote() throws {
    let listed = try instances(
      """
      [{"name": "c", "zone": "z-a", "networkInterfaces": [{"networkIP": "10.0.0.1"}],
        "labels": {"team_a": "x", "team-a": "y", "équipe": "z"}}]
      """)
    let target = try #require(GCEDiscovery(project: "p", zone: "z-a").targets(from: listed).first)
    #expect(target.labels["__meta_gce_label_team_a"] == "x")
    #expect(target.labels["__meta_gce_label__quipe"] == "z")
    #expect(
      target.notes == [
        "GCE labels 'team-a' and 'team_a' both become __meta_gce_label_team_a; Prometheus keeps either value "
          + "at random, so rename one of the labels"
      ])
  }
}
