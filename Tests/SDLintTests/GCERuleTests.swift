import Testing

@testable import SDCore
@testable import GCEKnowledge
@testable import SDLint

/// The `gce/*` rules' exact messages, severities, positions and fixes beyond their documented examples.
@Suite struct GCERuleTests {
  /// The `gce/*` findings of `yaml`, each as `line:column severity rule: message`.
  static func lint(_ yaml: String, options: LintOptions = LintOptions()) -> [Diagnostic] {
    Linter(options: options, rules: GCERules.all).lint(SourceText(path: "test.yml", text: yaml))
      .filter { $0.rule.rawValue.hasPrefix("gce/") }
  }

  /// `lint` rendered one line per finding.
  static func summary(_ yaml: String, options: LintOptions = LintOptions()) -> [String] {
    lint(yaml, options: options).map { "\($0.range.start) \($0.severity.rawValue) \($0.rule): \($0.message)" }
  }

  /// A one-entry file whose entry has `lines` after `project:` (each indented as an entry key).
  static func entry(_ lines: String...) -> String {
    (["scrape_configs:", "  - job_name: node", "    gce_sd_configs:", "      - project: ml-platform-a"]
      + lines.map { "        " + $0 }).joined(separator: "\n") + "\n"
  }

  /// The file after applying the safe fixes (or all fixes) of `diagnostics`.
  static func fixed(_ yaml: String, unsafe: Bool = false) -> String {
    let source = SourceText(path: "test.yml", text: yaml)
    let result = FixApplier(includeUnsafe: unsafe).apply(lint(yaml), to: source)
    return String(decoding: result.bytes, as: UTF8.self)
  }

  // MARK: Zones

  @Test func unknownZoneNamesTheNearestZoneWithAnUnsafeFix() throws {
    let yaml = Self.entry("zone: us-eastl1-a", "filter: '(status=\"RUNNING\")'")
    let finding = try #require(Self.lint(yaml).first)
    #expect(finding.rule.rawValue == "gce/unknown-zone")
    #expect(finding.severity == .error)
    #expect(finding.message == "unknown zone 'us-eastl1-a'; did you mean 'us-east1-b'?")
    #expect(finding.range == SourceRange(line: 5, column: 15, length: 11))
    #expect(finding.fixes.isEmpty)
    #expect(
      finding.help
        == "similar zones: us-east1-b, us-east1-c, us-east1-d; if the zone is newer than sdgen, pass --zones-file "
        + "with the output of gcloud compute zones list --format='value(name)'")
  }

  @Test func zoneSeveritiesFollowTheCatalogue() {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {project: ml-platform-a, zone: us-east1, filter: 'status="RUNNING"'}
            - {project: ml-platform-a, zone: us-east1-a, filter: 'status="RUNNING"'}
            - {project: ml-platform-a, zone: us-central2-b, filter: 'status="RUNNING"'}
            - {project: ml-platform-a, zone: us-central1-ai1a, filter: 'status="RUNNING"'}
            - {project: ml-platform-a, zone: "us-east1-b,us-east1-c", filter: 'status="RUNNING"'}
      """
    #expect(
      Self.summary(yaml) == [
        "4:40 error gce/unknown-zone: 'us-east1' is a region, not a zone; pick one of its zones: "
          + "us-east1-b, us-east1-c, us-east1-d",
        "5:40 warning gce/unknown-zone: zone 'us-east1-a' is retired and the API rejects it; "
          + "use a current zone of its region: us-east1-b, us-east1-c, us-east1-d",
        "6:40 warning gce/unknown-zone: zone 'us-central2-b' is in the restricted region 'us-central2', "
          + "which most projects cannot use; check that the project has access",
        "7:40 info gce/unknown-zone: zone 'us-central1-ai1a' is an AI zone, which a project sees only after AI "
          + "zone visibility is enabled; check that it is enabled for the project",
        "8:40 error gce/unknown-zone: the value lists 2 zones but a gce_sd_configs entry takes exactly one; "
          + "write one entry per zone",
      ])
  }

  @Test func whitespaceAndURLZonesGetSafeFixes() {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: " us-east1-b "  # trailing comment
              filter: 'status="RUNNING"'
            - project: ml-platform-a
              zone: https://www.googleapis.com/compute/v1/projects/ml-platform-a/zones/us-east1-c
              filter: 'status="RUNNING"'
      """
    #expect(
      Self.fixed(yaml) == """
        scrape_configs:
          - job_name: node
            gce_sd_configs:
              - project: ml-platform-a
                zone: us-east1-b  # trailing comment
                filter: 'status="RUNNING"'
              - project: ml-platform-a
                zone: us-east1-c
                filter: 'status="RUNNING"'
        """)
  }

  @Test func zonesFileReplacesTheCatalogue() throws {
    var options = LintOptions()
    options.zones = try ZoneCatalogue(zoneListText: "us-east1-a\n")
    #expect(Self.summary(Self.entry("zone: us-east1-a", "filter: status=\"RUNNING\""), options: options).isEmpty)
  }

  @Test func aValueSharedThroughAMergeKeyIsReportedOnce() {
    let yaml = """
      x-gce: &gce {project: ml-platform-a, zone: us-east1-a, filter: 'labels.role="node"', port: 0}
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - <<: *gce
            - <<: *gce
      """
    #expect(
      Self.lint(yaml).map { "\($0.range.start) \($0.rule)" } == [
        "1:44 gce/unknown-zone", "1:64 gce/no-status-filter", "1:92 gce/port",
      ])
  }

  // MARK: Projects

  @Test func anOutOfRangePortIsAWarningWhenTheJobRewritesTheAddress() {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 0}
          relabel_configs:
            - source_labels: [__meta_gce_private_ip]
              target_label: __address__
              replacement: '${1}:9100'
      """
    #expect(
      Self.summary(yaml) == [
        "4:86 warning gce/port: port 0 is outside 1-65535, so no target of this entry can be scraped"
      ])
  }

  @Test func malformedProjectIDsReportEachProblem() {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {project: ML_platform, zone: us-east1-b, filter: 'status="RUNNING"'}
            - {project: '123456789012', zone: us-east1-b, filter: 'status="RUNNING"'}
      """
    #expect(
      Self.summary(yaml) == [
        "4:19 error gce/project-id: project id 'ML_platform' contains upper-case letters and '_'; a project id has "
          + "6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen",
        "5:19 info gce/project-id: '123456789012' is a project number; the API accepts it, but __meta_gce_project "
          + "will be the number, so use the project id if relabel rules or dashboards expect the id",
      ])
  }

  @Test func projectTypoNamesTheOtherPlaceAndKnownProjectsSilenceIt() throws {
    let yaml = """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"'}
            - {project: ml-platform-b, zone: us-east1-b, filter: 'status="RUNNING"'}
            - {project: shop-dev, zone: us-east1-b, filter: 'status="RUNNING"'}
            - {project: shop-prod, zone: us-east1-b, filter: 'status="RUNNING"'}
        - job_name: b
          gce_sd_configs:
            - {project: ml-platfrm-a, zone: us-east1-b, filter: 'status="RUNNING"'}
      """
    let finding = try #require(Self.lint(yaml).first)
    #expect(Self.lint(yaml).count == 1)
    #expect(finding.rule.rawValue == "gce/project-typo")
    #expect(finding.severity == .warning)
    #expect(
      finding.message
        == "project 'ml-platfrm-a' is 1 edit away from 'ml-platform-a' used at line 4; check which spelling is right")
    #expect(finding.range == SourceRange(line: 10, column: 19, length: 12))
    #expect(finding.notes == ["'ml-platform-a' is first used at line 4, column 19"])
    #expect(finding.fixes.map(\.isSafe) == [false])
    var options = LintOptions()
    options.knownProjects = ["ml-platfrm-a"]
    // A trusted misspelling turns the suspicion around: both ids near it are reported instead.
    #expect(
      Self.lint(yaml, options: options).map(\.range.start) == [
        SourcePosition(line: 4, column: 19), SourcePosition(line: 5, column: 19),
      ])
    options.knownProjects = ["ml-platfrm-a", "ml-platform-a", "ml-platform-b"]
    #expect(!Self.lint(yaml, options: options).contains { $0.rule.rawValue == "gce/project-typo" })
  }

  // MARK: Port and refresh interval

  @Test func portsOutsideTheRangeAndSurprisingNumbers() {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 0}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: -9100}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 70000}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 0120}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 9100.7}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 09100}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: 65535}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', port: }
      """
    #expect(
      Self.summary(yaml) == [
        "4:86 error gce/port: port 0 is outside 1-65535, so no target of this entry can be scraped",
        "5:86 error gce/port: port -9100 is outside 1-65535, so no target of this entry can be scraped",
        "6:86 error gce/port: port 70000 is outside 1-65535, so no target of this entry can be scraped",
        "7:86 warning gce/port: port '0120' has a leading zero, so Prometheus reads it as the octal number 80",
        "8:86 warning gce/port: port '9100.7' is not a whole decimal number, so Prometheus reads it as 9100",
        "9:86 warning gce/port: port '09100' is not a whole decimal number, so Prometheus reads it as 9100",
      ])
    #expect(Self.lint(yaml)[3].help == "write 80 if that is meant, or 120 without the leading zero")
  }

  @Test func refreshIntervalZeroIsAnErrorAndSubSecondAWarning() {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', refresh_interval: 0}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', refresh_interval: ~}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', refresh_interval: 999ms}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', refresh_interval: 1s}
            - {project: ml-platform-a, zone: us-east1-b, filter: 'status="RUNNING"', refresh_interval: 5x}
      """
    #expect(
      Self.summary(yaml) == [
        "4:98 error gce/refresh-interval: a refresh_interval of 0 makes Prometheus's GCE discovery panic when "
          + "the config is applied",
        "5:98 error gce/refresh-interval: a refresh_interval of 0 makes Prometheus's GCE discovery panic when "
          + "the config is applied",
        "6:98 warning gce/refresh-interval: a refresh_interval of 999ms lists the zone more than once a second "
          + "and exhausts the API quota",
      ])
  }
}
