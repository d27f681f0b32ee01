/// A service-discovery mechanism: one `<name>_sd_configs` key of a scrape config.
package enum DiscoveryMechanism: String, CaseIterable, Hashable, Sendable {
  case aws, azure, consul, digitalocean, dns, docker, dockerswarm, ec2, ecs, elasticache, eureka, file, gce
  case hetzner, http, ionos, kubernetes, kuma, lightsail, linode, marathon, msk, nerve, nomad, oci, openstack
  case outscale, ovhcloud, puppetdb, rds, scaleway, serverset, stackit, triton, uyuni, vultr

  /// The mechanism whose scrape-config key is `key` (`consul_sd_configs` → `.consul`).
  package init?(key: String) {
    guard key.hasSuffix("_sd_configs") else { return nil }
    self.init(rawValue: String(key.dropLast("_sd_configs".count)))
  }

  /// The scrape-config key: `consul_sd_configs`.
  package var key: String { rawValue + "_sd_configs" }

  /// The first Prometheus release that has the mechanism; nil when 2.42 already has it.
  package var since: PrometheusVersion? {
    switch self {
    case .stackit: PrometheusVersion(3, 5)
    case .aws, .ecs: PrometheusVersion(3, 8)
    case .msk: PrometheusVersion(3, 10)
    case .elasticache, .rds: PrometheusVersion(3, 11)
    case .outscale: PrometheusVersion(3, 12)
    case .oci: PrometheusVersion(3, 14)
    default: nil
    }
  }

  /// The Go package that implements it.
  var goPackage: String {
    switch self {
    case .aws, .ec2, .ecs, .elasticache, .lightsail, .msk, .rds: "aws"
    case .docker, .dockerswarm: "moby"
    case .kuma: "xds"
    case .nerve, .serverset: "zookeeper"
    default: rawValue
    }
  }

  /// The type yaml.v2 names in "field X not found in type T" (the `plain` alias its UnmarshalYAML uses).
  var goPlainType: String { goPackage + (self == .kuma ? ".plainKumaConf" : ".plain") }

  /// The element type of the `[]*T` list Prometheus decodes the key into.
  var goElementType: String {
    switch self {
    case .ec2: "aws.EC2SDConfig"
    case .ecs: "aws.ECSSDConfig"
    case .elasticache: "aws.ElasticacheSDConfig"
    case .lightsail: "aws.LightsailSDConfig"
    case .msk: "aws.MSKSDConfig"
    case .rds: "aws.RDSSDConfig"
    case .docker: "moby.DockerSDConfig"
    case .dockerswarm: "moby.DockerSwarmSDConfig"
    case .kuma: "xds.KumaSDConfig"
    case .nerve: "zookeeper.NerveSDConfig"
    case .serverset: "zookeeper.ServersetSDConfig"
    default: goPackage + ".SDConfig"
    }
  }

  /// The schema block of one entry of the list.
  package var block: SchemaBlock { self == .gce ? .gceSDConfig : .discovery(self) }

  /// True when a target group may carry any label the user chose (file and HTTP discovery serve
  /// label sets written by people), so no `__meta_*` name can be ruled out.
  package var servesArbitraryLabels: Bool { self == .file || self == .http }
}
