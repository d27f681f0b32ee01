/// The keys of every service-discovery block other than GCE's, as Prometheus 2.42 to 3.x decodes them
/// (`discovery/*/` upstream), with the first release that accepts each key. The HTTP client keys that
/// most mechanisms inline are shared with the scrape config's.
enum DiscoverySchema {
  /// The keys of one `<name>_sd_configs` entry.
  static func keys(of mechanism: DiscoveryMechanism) -> [SchemaKey] {
    switch mechanism {
    case .gce: Schema.keys(of: .gceSDConfig)
    case .aws: awsRoleKeys
    case .azure: azureKeys
    case .consul: consulKeys
    case .digitalocean: digitaloceanKeys
    case .dns: dnsKeys
    case .docker: dockerKeys
    case .dockerswarm: dockerswarmKeys
    case .ec2: ec2Keys
    case .ecs, .elasticache, .msk: clusterKeys
    case .eureka: eurekaKeys
    case .file: fileKeys
    case .hetzner: hetznerKeys
    case .http: httpKeys
    case .ionos: ionosKeys
    case .kubernetes: kubernetesKeys
    case .kuma: kumaKeys
    case .lightsail: lightsailKeys
    case .linode: linodeKeys
    case .marathon: marathonKeys
    case .nerve: nerveKeys
    case .nomad: nomadKeys
    case .oci: ociKeys
    case .openstack: openstackKeys
    case .outscale: outscaleKeys
    case .ovhcloud: ovhcloudKeys
    case .puppetdb: puppetdbKeys
    case .rds: rdsKeys
    case .scaleway: scalewayKeys
    case .serverset: serversetKeys
    case .stackit: stackitKeys
    case .triton: tritonKeys
    case .uyuni: uyuniKeys
    case .vultr: vultrKeys
    }
  }

  /// The keys of a block nested in a discovery entry.
  static func keys(of part: DiscoveryPart) -> [SchemaKey] {
    switch part {
    case .kubernetesNamespaces: kubernetesNamespacesKeys
    case .kubernetesSelector: kubernetesSelectorKeys
    case .kubernetesAttachMetadata: kubernetesAttachMetadataKeys
    case .awsFilter, .dockerFilter: filterKeys
    }
  }

  /// Keys a discovery block no longer has, with what to write instead (Kubernetes discovery before
  /// Prometheus 1.0 took a list of API servers, an in-cluster switch and a retry interval).
  static func retiredKeyHelp(_ name: String, in mechanism: DiscoveryMechanism) -> String? {
    guard mechanism == .kubernetes else { return nil }
    switch name {
    case "api_servers":
      return "'api_servers' was removed in Prometheus 1.0; write one URL as 'api_server: https://host:443'"
    case "in_cluster":
      return "'in_cluster' was removed in Prometheus 1.0; remove it, as leaving out api_server and kubeconfig_file "
        + "discovers the cluster Prometheus runs in"
    case "retry_interval":
      return "'retry_interval' was removed in Prometheus 1.0; remove it, as the Kubernetes client retries by itself"
    default:
      return nil
    }
  }

  /// The tables of every mechanism and nested block, built once.
  private static let mechanismTables = Dictionary(
    uniqueKeysWithValues: DiscoveryMechanism.allCases.map { ($0, Schema.Table(keys(of: $0))) })
  private static let partTables = Dictionary(
    uniqueKeysWithValues: DiscoveryPart.allCases.map { ($0, Schema.Table(keys(of: $0))) })

  /// The key table of one mechanism's entries.
  static func table(_ mechanism: DiscoveryMechanism) -> Schema.Table { mechanismTables[mechanism]! }

  /// The key table of a nested block.
  static func table(_ part: DiscoveryPart) -> Schema.Table { partTables[part]! }

  private static func v(_ major: Int, _ minor: Int) -> PrometheusVersion { PrometheusVersion(major, minor) }

  private static let httpClient = Schema.httpClientKeys

  /// The keys every AWS mechanism shares, then `extra`; each mechanism's own release gates its keys, and
  /// `external_id` came to all of them in 3.12.
  private static func awsKeys(_ extra: [SchemaKey]) -> [SchemaKey] {
    ["region", "endpoint", "access_key", "secret_key", "profile", "role_arn"].map { SchemaKey($0, .string) }
      + [
        SchemaKey("external_id", .string, since: v(3, 12)), SchemaKey("refresh_interval", .duration),
        SchemaKey("port", .int),
      ] + extra + httpClient
  }

  private static let awsFilters = SchemaKey("filters", .blockList(.discoveryPart(.awsFilter)))
  private static let awsClusters = [SchemaKey("clusters", .stringList), SchemaKey("request_concurrency", .int)]
  private static let awsRoleKeys = [SchemaKey("role", .string)] + awsKeys([awsFilters, awsClusters[0]])
  private static let ec2Keys = awsKeys([awsFilters])
  private static let lightsailKeys = awsKeys([])
  private static let clusterKeys = awsKeys(awsClusters)
  private static let rdsKeys = awsKeys(
    awsClusters + [SchemaKey("filters", .blockList(.discoveryPart(.awsFilter)), since: v(3, 13))])

  private static let azureKeys: [SchemaKey] =
    [
      SchemaKey("environment", .string),
      SchemaKey("port", .int),
      SchemaKey("subscription_id", .string),
      SchemaKey("tenant_id", .string),
      SchemaKey("client_id", .string),
      SchemaKey("client_secret", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("authentication_method", .string),
      SchemaKey("resource_group", .string),
    ] + httpClient
  private static let consulKeys: [SchemaKey] =
    [
      SchemaKey("server", .string),
      SchemaKey("path_prefix", .string, since: v(2, 45)),
      SchemaKey("token", .string),
      SchemaKey("datacenter", .string),
      SchemaKey("namespace", .string),
      SchemaKey("partition", .string),
      SchemaKey("tag_separator", .string),
      SchemaKey("scheme", .string),
      SchemaKey("username", .string),
      SchemaKey("password", .string),
      SchemaKey("allow_stale", .bool),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("services", .stringList),
      SchemaKey("tags", .stringList),
      SchemaKey("node_meta", .stringMap),
      SchemaKey("filter", .string, since: v(3, 0)),
      SchemaKey("health_filter", .string, since: v(3, 12)),
    ] + httpClient
  private static let digitaloceanKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
      SchemaKey("role", .string, since: v(3, 12)),
    ] + httpClient
  private static let dnsKeys: [SchemaKey] =
    [
      SchemaKey("names", .stringList),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("type", .string),
      SchemaKey("port", .int),
    ]
  private static let dockerKeys: [SchemaKey] =
    [
      SchemaKey("host", .string),
      SchemaKey("port", .int),
      SchemaKey("filters", .blockList(.discoveryPart(.dockerFilter))),
      SchemaKey("host_networking_host", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("match_first_network", .bool, since: v(2, 54)),
    ] + httpClient
  private static let dockerswarmKeys: [SchemaKey] =
    [
      SchemaKey("host", .string),
      SchemaKey("role", .string),
      SchemaKey("port", .int),
      SchemaKey("filters", .blockList(.discoveryPart(.dockerFilter))),
      SchemaKey("refresh_interval", .duration),
    ] + httpClient
  private static let eurekaKeys: [SchemaKey] =
    [
      SchemaKey("server", .string),
      SchemaKey("refresh_interval", .duration),
    ] + httpClient
  private static let fileKeys: [SchemaKey] =
    [
      SchemaKey("files", .stringList),
      SchemaKey("refresh_interval", .duration),
    ]
  private static let hetznerKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
      SchemaKey("role", .string),
      SchemaKey("label_selector", .string, since: v(3, 5)),
    ] + httpClient
  private static let httpKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("url", .string),
    ] + httpClient
  private static let ionosKeys: [SchemaKey] =
    [
      SchemaKey("datacenter_id", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
    ] + httpClient
  private static let kubernetesKeys: [SchemaKey] =
    [
      SchemaKey("api_server", .string),
      SchemaKey("role", .string),
      SchemaKey("kubeconfig_file", .string),
      SchemaKey("namespaces", .block(.discoveryPart(.kubernetesNamespaces))),
      SchemaKey("selectors", .blockList(.discoveryPart(.kubernetesSelector))),
      SchemaKey("attach_metadata", .block(.discoveryPart(.kubernetesAttachMetadata))),
    ] + httpClient
  private static let kumaKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("fetch_timeout", .duration),
      SchemaKey("server", .string),
      SchemaKey("client_id", .string, since: v(2, 50)),
    ] + httpClient
  private static let linodeKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
      SchemaKey("tag_separator", .string),
      SchemaKey("region", .string, since: v(2, 52)),
    ] + httpClient
  private static let marathonKeys: [SchemaKey] =
    [
      SchemaKey("servers", .stringList),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("auth_token", .string),
      SchemaKey("auth_token_file", .string),
    ] + httpClient
  private static let nerveKeys: [SchemaKey] =
    [
      SchemaKey("servers", .stringList),
      SchemaKey("paths", .stringList),
      SchemaKey("timeout", .duration),
    ]
  private static let nomadKeys: [SchemaKey] =
    [
      SchemaKey("allow_stale", .bool),
      SchemaKey("namespace", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("region", .string),
      SchemaKey("server", .string),
      SchemaKey("tag_separator", .string),
    ] + httpClient
  private static let ociKeys: [SchemaKey] =
    [
      SchemaKey("auth", .string),
      SchemaKey("tenancy", .string),
      SchemaKey("user", .string),
      SchemaKey("fingerprint", .string),
      SchemaKey("key_file", .string),
      SchemaKey("key_passphrase", .string),
      SchemaKey("key_passphrase_file", .string),
      SchemaKey("region", .string),
      SchemaKey("compartments", .stringList),
      SchemaKey("port", .int),
      SchemaKey("refresh_interval", .duration),
    ] + httpClient
  private static let openstackKeys: [SchemaKey] =
    [
      SchemaKey("identity_endpoint", .string),
      SchemaKey("username", .string),
      SchemaKey("userid", .string),
      SchemaKey("password", .string),
      SchemaKey("project_name", .string),
      SchemaKey("project_id", .string),
      SchemaKey("domain_name", .string),
      SchemaKey("domain_id", .string),
      SchemaKey("application_credential_name", .string),
      SchemaKey("application_credential_id", .string),
      SchemaKey("application_credential_secret", .string),
      SchemaKey("role", .string),
      SchemaKey("region", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
      SchemaKey("all_tenants", .bool),
      SchemaKey("tls_config", .block(.tlsConfig)),
      SchemaKey("availability", .string),
    ]
  private static let outscaleKeys: [SchemaKey] =
    [
      SchemaKey("endpoint", .string),
      SchemaKey("region", .string),
      SchemaKey("access_key", .string),
      SchemaKey("secret_key", .string),
      SchemaKey("secret_key_file", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
    ] + httpClient
  private static let ovhcloudKeys: [SchemaKey] =
    [
      SchemaKey("endpoint", .string),
      SchemaKey("application_key", .string),
      SchemaKey("application_secret", .string),
      SchemaKey("consumer_key", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("service", .string),
    ]
  private static let puppetdbKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("url", .string),
      SchemaKey("query", .string),
      SchemaKey("include_parameters", .bool),
      SchemaKey("port", .int),
    ] + httpClient
  private static let scalewayKeys: [SchemaKey] =
    [
      SchemaKey("project_id", .string),
      SchemaKey("api_url", .string),
      SchemaKey("zone", .string),
      SchemaKey("access_key", .string),
      SchemaKey("secret_key", .string),
      SchemaKey("secret_key_file", .string),
      SchemaKey("name_filter", .string),
      SchemaKey("tags_filter", .stringList),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
      SchemaKey("role", .string),
    ] + httpClient
  private static let serversetKeys: [SchemaKey] =
    [
      SchemaKey("servers", .stringList),
      SchemaKey("paths", .stringList),
      SchemaKey("timeout", .duration),
    ]
  private static let stackitKeys: [SchemaKey] =
    [
      SchemaKey("project", .string),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
      SchemaKey("region", .string),
      SchemaKey("endpoint", .string),
      SchemaKey("service_account_key", .string),
      SchemaKey("private_key", .string),
      SchemaKey("service_account_key_path", .string),
      SchemaKey("private_key_path", .string),
      SchemaKey("credentials_file_path", .string),
    ] + httpClient
  private static let tritonKeys: [SchemaKey] =
    [
      SchemaKey("account", .string),
      SchemaKey("role", .string),
      SchemaKey("dns_suffix", .string),
      SchemaKey("endpoint", .string),
      SchemaKey("groups", .stringList),
      SchemaKey("port", .int),
      SchemaKey("refresh_interval", .duration),
      SchemaKey("tls_config", .block(.tlsConfig)),
      SchemaKey("version", .int),
    ]
  private static let uyuniKeys: [SchemaKey] =
    [
      SchemaKey("server", .string),
      SchemaKey("username", .string),
      SchemaKey("password", .string),
      SchemaKey("entitlement", .string),
      SchemaKey("separator", .string),
      SchemaKey("refresh_interval", .duration),
    ] + httpClient
  private static let vultrKeys: [SchemaKey] =
    [
      SchemaKey("refresh_interval", .duration),
      SchemaKey("port", .int),
    ] + httpClient
  private static let kubernetesNamespacesKeys: [SchemaKey] =
    [
      SchemaKey("own_namespace", .bool),
      SchemaKey("names", .stringList),
    ]
  private static let kubernetesSelectorKeys: [SchemaKey] =
    [
      SchemaKey("role", .string),
      SchemaKey("label", .string),
      SchemaKey("field", .string),
    ]
  private static let kubernetesAttachMetadataKeys: [SchemaKey] =
    [
      SchemaKey("node", .bool),
      SchemaKey("namespace", .bool, since: v(3, 6)),
      SchemaKey("deployment", .bool, since: v(3, 11)),
      SchemaKey("job", .bool, since: v(3, 11)),
      SchemaKey("cronjob", .bool, since: v(3, 11)),
    ]
  /// `filters` entries of AWS and Docker discovery: a name and its values.
  private static let filterKeys: [SchemaKey] =
    [
      SchemaKey("name", .string),
      SchemaKey("values", .stringList),
    ]
}
