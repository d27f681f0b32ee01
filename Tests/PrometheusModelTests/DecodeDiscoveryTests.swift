import Testing

@testable import SDCore
@testable import SDYAML
@testable import PrometheusModel

/// Every `<name>_sd_configs` block is decoded as Prometheus decodes it: keys, versions, required fields
/// and cross-field checks, each finding at the line and column the user wrote.
@Suite struct DecodeDiscoveryTests {
  /// `line:column rule: message` of `text` decoded for `version`.
  private func lines(_ text: String, version: PrometheusVersion = .newest) -> [String] {
    Decoded.lines(Decoded.decode(text, version: version).diagnostics)
  }

  @Test func azureWithoutTenantIDIsRefusedForOAuthOnly() throws {
    let text = """
      scrape_configs:
        - job_name: azure
          azure_sd_configs:
            - subscription_id: 11111111-2222-3333-4444-555555555555
              client_id: app
              client_secret: secret
      """
    #expect(lines(text) == ["4:9 schema/required: this azure_sd_configs entry has no tenant_id"])
    let diagnostic = try #require(Decoded.decode(text).diagnostics.first)
    #expect(diagnostic.notes == ["Prometheus reports: azure SD configuration requires a tenant_id"])
    #expect(lines(text + "\n        authentication_method: ManagedIdentity").isEmpty)
  }

  @Test func azureAuthenticationMethodsDependOnTheVersion() {
    let text = """
      scrape_configs:
        - job_name: azure
          azure_sd_configs:
            - subscription_id: s
              authentication_method: SDK
      """
    #expect(lines(text).isEmpty)
    #expect(
      lines(text, version: .v2_42) == ["5:32 schema/type: 'SDK' is not an Azure authentication method"])
  }

  @Test func kubernetesNeedsAValidRole() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: k8s
            kubernetes_sd_configs:
              - namespaces:
                  names: [default]
              - role: pods
        """) == [
          "4:9 schema/required: this kubernetes_sd_configs entry has no role",
          "6:15 schema/type: 'pods' is not a role of kubernetes discovery",
        ])
  }

  @Test func preOneZeroKubernetesKeysSayWhatReplacedThem() throws {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: k8s
          kubernetes_sd_configs:
            - role: node
              api_servers: [https://k8s.example.com]
              in_cluster: true
              retry_interval: 1s
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "5:9 schema/unknown-key: unknown key 'api_servers' in a kubernetes_sd_configs entry",
        "6:9 schema/unknown-key: unknown key 'in_cluster' in a kubernetes_sd_configs entry",
        "7:9 schema/unknown-key: unknown key 'retry_interval' in a kubernetes_sd_configs entry",
      ])
    #expect(
      result.diagnostics[0].help
        == "'api_servers' was removed in Prometheus 1.0; write one URL as 'api_server: https://host:443'")
    #expect(result.diagnostics[0].notes == ["Prometheus reports: field api_servers not found in type kubernetes.plain"])
  }

  @Test func kubernetesConnectionSettingsExcludeEachOther() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: k8s
            kubernetes_sd_configs:
              - role: pod
                kubeconfig_file: /etc/kube/config
                api_server: https://k8s:443
              - role: pod
                bearer_token_file: /var/run/token
              - role: pod
                api_server: https://k8s:443
                namespaces:
                  own_namespace: true
        """) == [
          "6:21 schema/conflicting-keys: this kubernetes_sd_configs entry sets both kubeconfig_file and api_server, "
            + "which exclude each other",
          "8:28 schema/required: this kubernetes_sd_configs entry sets 'bearer_token_file' but has no api_server to "
            + "use it with",
          "12:26 schema/conflicting-keys: this kubernetes_sd_configs entry sets both api_server and namespaces, which "
            + "exclude each other",
        ])
  }

  @Test func kubernetesSelectorsFollowTheRole() {
    let text = """
      scrape_configs:
        - job_name: k8s
          kubernetes_sd_configs:
            - role: pod
              selectors:
                - role: node
                  label: kubernetes.io/os=linux
      """
    #expect(lines(text).isEmpty)
    #expect(
      lines(text, version: PrometheusVersion(3, 10)) == [
        "6:19 schema/type: the pod role cannot use a selector for 'node'"
      ])
  }

  @Test func keysOfOtherMechanismsCarryTheirVersion() throws {
    let text = """
      scrape_configs:
        - job_name: consul
          consul_sd_configs:
            - server: consul:8500
              filter: 'Service == "web"'
              path_prefx: /consul
      """
    let result = Decoded.decode(text, version: .v2_42)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "5:9 schema/version: 'filter' requires Prometheus >= 3.0, but the target version is 2.42",
        "6:9 schema/unknown-key: unknown key 'path_prefx' in a consul_sd_configs entry",
      ])
    #expect(result.diagnostics[1].help == nil)
    let newest = Decoded.decode(text)
    #expect(newest.diagnostics.count == 1)
    #expect(newest.diagnostics[0].help == "a key with a similar name exists: 'path_prefix'")
    #expect(newest.diagnostics[0].notes.last == "Prometheus reports: field path_prefx not found in type consul.plain")
  }

  @Test func valuesAreTypedAndNestedBlocksChecked() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: ec2
            ec2_sd_configs:
              - region: eu-west-1
                port: http
                filters:
                  - name: tag:env
                    value: [prod]
        """) == [
          "5:15 schema/type: 'port' must be an integer, but the value is the string `http`",
          "8:13 schema/unknown-key: unknown key 'value' in a filters entry of an AWS discovery entry",
        ])
  }

  @Test func ec2FilterWithoutValuesIsRefused() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: ec2
            ec2_sd_configs:
              - region: eu-west-1
                filters:
                  - name: tag:env
                    values: []
        """) == ["7:21 schema/type: an EC2 filter has no values"])
  }

  @Test func urlsAreCheckedAsGoParsesThem() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: sd
            http_sd_configs:
              - url: sd.example.com/targets
              - url: https://
            eureka_sd_configs:
              - server: eureka:8761
        """) == [
          "4:14 schema/type: the url 'sd.example.com/targets' does not start with http:// or https://",
          "5:14 schema/type: the url 'https://' has no host",
          "7:17 schema/type: the server 'eureka:8761' is not a URL with a scheme and a host",
        ])
  }

  @Test func fileAndDNSDiscoveryNeedTheirLists() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: sd
            file_sd_configs:
              - files: [targets/*/hosts.json, targets.txt]
            dns_sd_configs:
              - names: [db.example.com]
                type: A
        """) == [
          "4:17 schema/type: 'targets/*/hosts.json' is not a path file discovery reads",
          "6:9 schema/required: this dns_sd_configs entry has no port",
        ])
  }

  @Test func httpClientChecksOfDiscoveryEntriesStartedIn2_48() {
    let text = """
      scrape_configs:
        - job_name: ec2
          ec2_sd_configs:
            - region: eu-west-1
              bearer_token: a
              bearer_token_file: /t
      """
    #expect(
      lines(text) == [
        "6:9 schema/conflicting-keys: the HTTP client settings of this ec2_sd_configs entry conflict: at most one of "
          + "bearer_token & bearer_token_file must be configured"
      ])
    #expect(lines(text, version: PrometheusVersion(2, 47)).isEmpty)
  }

  @Test func aDiscoveryMechanismNewerThanTheTargetIsAVersionFinding() {
    #expect(
      lines(
        """
        scrape_configs:
          - job_name: oci
            oci_sd_configs:
              - region: us-ashburn-1
                auth: instance_principal
        """, version: PrometheusVersion(3, 13)) == [
          "3:5 schema/version: 'oci_sd_configs' requires Prometheus >= 3.14, but the target version is 3.13"
        ])
  }

  @Test func everyMechanismHasASchemaAndAGoType() {
    for mechanism in DiscoveryMechanism.allCases {
      #expect(!DiscoverySchema.keys(of: mechanism).isEmpty, "\(mechanism)")
      #expect(Schema.key(mechanism.key, in: .scrapeConfig)?.kind == .blockList(mechanism.block))
    }
    #expect(SchemaBlock.discovery(.kuma).goType == "xds.plainKumaConf")
    #expect(SchemaBlock.discovery(.docker).goElementType == "moby.DockerSDConfig")
  }
}
