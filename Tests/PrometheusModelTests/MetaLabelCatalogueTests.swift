import Testing

@testable import SDCore
@testable import SDYAML
@testable import PrometheusModel

/// The catalogue of every discovery mechanism's `__meta_*` labels and the verdict lint gives on a name.
@Suite struct MetaLabelCatalogueTests {
  @Test func exactNamesAndPrefixesAreProduced() {
    #expect(MetaLabelCatalogue.produces("__meta_ec2_private_ip", by: .ec2))
    #expect(MetaLabelCatalogue.produces("__meta_ec2_tag_Name", by: .ec2))
    #expect(!MetaLabelCatalogue.produces("__meta_ec2_tag_", by: .ec2))
    #expect(MetaLabelCatalogue.produces("__meta_kubernetes_pod_annotation_prometheus_io_port", by: .kubernetes))
    #expect(MetaLabelCatalogue.produces("__meta_consul_service_metadata_team", by: .consul))
    #expect(!MetaLabelCatalogue.produces("__meta_azure_name", by: .azure))
    #expect(MetaLabelCatalogue.produces("__meta_ecs_cluster", by: .aws))
  }

  @Test func theOwnerIsTheLongestRoot() {
    #expect(MetaLabelCatalogue.owner(of: "__meta_dockerswarm_node_id") == .dockerswarm)
    #expect(MetaLabelCatalogue.owner(of: "__meta_docker_container_id") == .docker)
    #expect(MetaLabelCatalogue.owner(of: "__meta_datacenter") == nil)
    #expect(MetaLabelCatalogue.owner(of: "job") == nil)
  }

  @Test func aNameTheJobsMechanismNeverSetsGetsTheNearestLabel() {
    let ec2 = JobDiscovery([.ec2])
    #expect(
      MetaLabelCatalogue.finding(for: "__meta_ec2_tags_env", in: ec2)
        == MetaLabelFinding(
          problem: "ec2_sd_configs never sets '__meta_ec2_tags_env'", suggestion: "__meta_ec2_tag_env", help: nil))
    #expect(
      MetaLabelCatalogue.finding(for: "__meta_azure_name", in: JobDiscovery([.azure]))?.suggestion
        == "__meta_azure_machine_name")
    #expect(MetaLabelCatalogue.finding(for: "__meta_ec2_tag_env", in: ec2) == nil)
    #expect(MetaLabelCatalogue.finding(for: "__address__", in: ec2) == nil)
  }

  @Test func aPrefixWithOneUnderscoreIsANearMiss() {
    let finding = MetaLabelCatalogue.finding(for: "_meta_ec2_tag_name", in: JobDiscovery([.ec2]))
    #expect(finding?.suggestion == "__meta_ec2_tag_name")
    #expect(
      finding?.problem
        == "'_meta_ec2_tag_name' is never set, as discovery labels start with '__meta_' (two underscores)")
    #expect(MetaLabelCatalogue.correctedPrefix("__META_ec2_ami") == "__meta_ec2_ami")
    #expect(MetaLabelCatalogue.correctedPrefix("_metadata") == nil)
  }

  @Test func aLabelOfAnotherMechanismNamesWhatTheJobUses() {
    let finding = MetaLabelCatalogue.finding(for: "__meta_gce_zone", in: JobDiscovery([.consul]))
    #expect(finding?.problem == "only gce_sd_configs sets '__meta_gce_zone', but this job uses only consul_sd_configs")
    #expect(
      MetaLabelCatalogue.finding(for: "__meta_gce_zone", in: JobDiscovery([]))?.problem
        == "only gce_sd_configs sets '__meta_gce_zone', but this job has only static targets")
  }

  @Test func fileAndHTTPDiscoveryMayServeAnyLabel() {
    #expect(MetaLabelCatalogue.finding(for: "__meta_datacenter", in: JobDiscovery([.file])) == nil)
    #expect(MetaLabelCatalogue.finding(for: "__meta_gce_zone", in: JobDiscovery([.http, .consul])) == nil)
  }

  @Test func everyCataloguedLabelStartsWithItsMechanismsRoot() {
    for mechanism in DiscoveryMechanism.allCases {
      for label in MetaLabelCatalogue.labels(of: mechanism) ?? [] {
        #expect(MetaLabelCatalogue.owner(of: label) != nil, "\(label)")
        #expect(
          mechanism == .aws || label.hasPrefix(MetaLabelCatalogue.root(of: mechanism)), "\(label) of \(mechanism)")
      }
    }
  }
}
