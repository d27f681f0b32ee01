import Testing

@testable import GCEKnowledge

@Suite("GCE meta labels")
struct GCEMetaLabelsTests {
  @Test func sanitiserReplacesEachScalarOutsideTheLabelAlphabet() {
    #expect(GCEMetaLabels.sanitize("prometheus-scrape") == "prometheus_scrape")
    #expect(GCEMetaLabels.sanitize("Owner-Email") == "Owner_Email")
    #expect(GCEMetaLabels.sanitize("équipe") == "_quipe")
    #expect(GCEMetaLabels.sanitize("app.kubernetes.io/name") == "app_kubernetes_io_name")
    #expect(GCEMetaLabels.sanitize("a--b") == "a__b")
    #expect(GCEMetaLabels.sanitize("9lives") == "9lives")
    #expect(GCEMetaLabels.sanitize("🇪🇺") == "__")
    #expect(GCEMetaLabels.sanitize("e\u{301}") == "e_")
  }

  @Test func byteSanitiserCountsInvalidBytesOneByOne() {
    #expect(GCEMetaLabels.sanitize(bytes: Array("ab-é".utf8)) == "ab__")
    #expect(GCEMetaLabels.sanitize(bytes: [0x61, 0xE2, 0x82, 0x62]) == "a__b")
    #expect(GCEMetaLabels.sanitize(bytes: [0xFF, 0xC0, 0x80, 0x7A]) == "___z")
    #expect(GCEMetaLabels.sanitize(bytes: [0xED, 0xA0, 0x80]) == "___")
    #expect(GCEMetaLabels.sanitize(bytes: [0xF0, 0x9F, 0x98, 0x80, 0x41]) == "_A")
    #expect(GCEMetaLabels.sanitize(bytes: [0xF0, 0x9F, 0x98]) == "___")
  }

  @Test func alwaysProducedLabels() {
    for name in GCEMetaLabels.alwaysProduced + ["__meta_gce_interface_ipv4_nic0"] {
      #expect(GCEMetaLabels.verdict(forSourceLabel: name) == .produced, "\(name)")
    }
    #expect(GCEMetaLabels.alwaysProduced.count == 9)
  }

  @Test func labelsProducedOnlyWhenPresent() {
    let cases = [
      ("__meta_gce_public_ip", "set only when the first NIC has a one-to-one NAT external IP"),
      ("__meta_gce_tags", "set only for instances with network tags"),
      ("__meta_gce_label_env", "set only for instances with this GCE label"),
      ("__meta_gce_metadata_Owner_Email", "set only for instances with this metadata item"),
      (
        "__meta_gce_interface_ipv4_nic1",
        "set only for instances with a network interface named nic1"
      ),
    ]
    for (name, reason) in cases {
      #expect(GCEMetaLabels.verdict(forSourceLabel: name) == .producedIfPresent(reason: reason))
    }
  }

  @Test func otherLabelsAreNotGCEs() {
    for name in ["__address__", "job", "__meta_kubernetes_pod_name", "__meta_gce", "cloud_zone"] {
      #expect(GCEMetaLabels.verdict(forSourceLabel: name) == .notGCE, "\(name)")
    }
  }

  @Test func neverProducedLabelsWithSuggestions() {
    let never = "GCE discovery never sets this label"
    let cases: [(String, String, String?)] = [
      ("__meta_gce_lables_env", "\(never); use '__meta_gce_label_env'", "__meta_gce_label_env"),
      (
        "__meta_gce_labels_cloud_zone", "\(never); use '__meta_gce_label_cloud_zone'",
        "__meta_gce_label_cloud_zone"
      ),
      (
        "__meta_gce_label_team-name",
        "\(never) because Prometheus turns every character outside [a-zA-Z0-9_] in a GCE label's key "
          + "into '_'; use '__meta_gce_label_team_name'",
        "__meta_gce_label_team_name"
      ),
      (
        "__meta_gce_metadata_startup-script",
        "\(never) because Prometheus turns every character outside [a-zA-Z0-9_] in a metadata item's key "
          + "into '_'; use '__meta_gce_metadata_startup_script'",
        "__meta_gce_metadata_startup_script"
      ),
      (
        "__meta_gce_label_Team",
        "\(never) because GCE label keys are lower case; use '__meta_gce_label_team'",
        "__meta_gce_label_team"
      ),
      (
        "__meta_gce_tag_node_exporter",
        "GCE discovery has no label per network tag; match the tag with a regex such as "
          + "'.*,node_exporter,.*' on __meta_gce_tags",
        "__meta_gce_tags"
      ),
      ("__meta_gce_zone_name", "\(never); use '__meta_gce_zone'", "__meta_gce_zone"),
      (
        "__meta_gce_instance_nmae", "\(never); use '__meta_gce_instance_name'",
        "__meta_gce_instance_name"
      ),
      (
        "__meta_gce_metdata_owner", "\(never); use '__meta_gce_metadata_owner'",
        "__meta_gce_metadata_owner"
      ),
      (
        "__meta_gcp_zone",
        "\(never) because its prefix is not '__meta_gce_'; use '__meta_gce_zone'", "__meta_gce_zone"
      ),
      (
        "__meta_gce_label_",
        "GCE discovery never sets '__meta_gce_label_' alone; add the GCE label's key after it",
        nil
      ),
      (
        "__meta_gce_hostname",
        "\(never); use one of the __meta_gce_* labels listed in the gce_sd_config documentation",
        nil
      ),
    ]
    for (name, reason, suggestion) in cases {
      #expect(
        GCEMetaLabels.verdict(forSourceLabel: name)
          == .neverProduced(reason: reason, suggestion: suggestion),
        "\(name)")
    }
  }

  @Test func valueShapes() {
    #expect(GCEMetaLabels.valueShape(of: "__meta_gce_zone") == .url(pathMarker: "/zones/"))
    #expect(
      GCEMetaLabels.valueShape(of: "__meta_gce_tags", tagSeparator: ";") == .tagList(separator: ";")
    )
    #expect(GCEMetaLabels.valueShape(of: "__meta_gce_label_env") == .labelValue)
    #expect(GCEMetaLabels.valueShape(of: "__meta_gce_metadata_x") == .text)
    #expect(GCEMetaLabels.valueShape(of: "__meta_gce_interface_ipv4_nic3") == .ipv4)
    #expect(GCEMetaLabels.valueShape(of: "__meta_gce_tag_x") == nil)
    #expect(GCEMetaLabels.valueShape(of: "job") == nil)
    #expect(
      MetaLabelValueShape.url(pathMarker: "/zones/").example
        == "https://www.googleapis.com/compute/v1/projects/P/zones/us-central1-a")
    #expect(MetaLabelValueShape.tagList(separator: ",").example == ",http-server,node-exporter,")
  }

  @Test func literalsAShapeCanNeverTake() {
    let zone = MetaLabelValueShape.url(pathMarker: "/zones/")
    #expect(!zone.accepts("us-central1-a"))
    #expect(zone.accepts("https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a"))
    let tags = MetaLabelValueShape.tagList(separator: ",")
    #expect(!tags.accepts("node-exporter"))
    #expect(tags.accepts(",node-exporter,"))
    #expect(!tags.accepts(","))
    #expect(MetaLabelValueShape.tagList(separator: "").accepts("node-exporter"))
    #expect(MetaLabelValueShape.ipv4.accepts("10.128.0.12"))
    #expect(!MetaLabelValueShape.ipv4.accepts("10.128.0.256"))
    #expect(!MetaLabelValueShape.ipv4.accepts("10.128.0"))
    #expect(!MetaLabelValueShape.instanceStatus.accepts("running"))
    #expect(MetaLabelValueShape.instanceStatus.accepts("TERMINATED"))
    #expect(!MetaLabelValueShape.decimal.accepts("12a"))
    #expect(!MetaLabelValueShape.resourceName.accepts("Web-1"))
    #expect(!MetaLabelValueShape.labelValue.accepts("Prod"))
    #expect(MetaLabelValueShape.labelValue.accepts("équipe-1"))
    #expect(MetaLabelValueShape.text.accepts("Anything at all"))
  }
}
