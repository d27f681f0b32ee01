import Testing

@testable import SDCore
@testable import SDYAML
@testable import PrometheusModel

/// Decodes YAML text for the decoder tests.
enum Decoded {
  /// The config, the model's diagnostics and the document.
  static func decode(_ text: String, version: PrometheusVersion = .newest, relabel: RelabelValidation? = nil)
    -> (config: PrometheusConfig, diagnostics: [Diagnostic], document: YAMLDocument)
  {
    let parsed = YAMLParser().parse(SourceText(path: "t.yml", text: text))
    let (config, diagnostics) = ConfigDecoder(version: version, relabelValidation: relabel).decode(parsed.document)
    return (config, diagnostics, parsed.document)
  }

  /// `line:column rule: message` for each diagnostic, for exact assertions.
  static func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.range.start) \($0.rule): \($0.message)" }
  }
}

@Suite struct DecodeKeyTests {
  @Test func unknownKeySuggestsTheNearKeyWithASafeFix() throws {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: p
              zone: us-central1-a
              prot: 9100
      """)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.rule.rawValue == "schema/unknown-key")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message == "unknown key 'prot' in a gce_sd_configs entry")
    #expect(diagnostic.range == SourceRange(line: 6, column: 9, length: 4))
    #expect(diagnostic.help == "a key with a similar name exists: 'port'")
    #expect(
      diagnostic.notes == [
        "valid keys: project, zone, filter, refresh_interval, port, tag_separator",
        "Prometheus reports: field prot not found in type gce.plain",
      ])
    #expect(
      diagnostic.fixes == [
        Fix(
          title: "replace 'prot' with 'port'",
          edits: [TextEdit(range: SourceRange(line: 6, column: 9, length: 4), replacement: "port")], isSafe: true)
      ])
  }

  @Test func noFixWhenTheNearKeyIsAlreadyThere() throws {
    let result = Decoded.decode("scrape_configs:\n  - job_name: a\n    job_nmae: b\n")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.help == "a key with a similar name exists: 'job_name'")
    #expect(diagnostic.fixes.isEmpty)
  }

  @Test func unknownKeyWithoutNearCandidateHasNoHelp() throws {
    let result = Decoded.decode("foo: 1\n")
    #expect(Decoded.lines(result.diagnostics) == ["1:1 schema/unknown-key: unknown key 'foo' in the top level"])
    #expect(result.diagnostics[0].help == nil)
  }

  @Test func gceKeysAtScrapeLevelAreMisplaced() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: p
              zone: z
          port: 9100
          filter: status = RUNNING
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "6:5 schema/misplaced-key: 'port' is not a key of a scrape_configs entry; it belongs inside a "
          + "gce_sd_configs entry",
        "7:5 schema/misplaced-key: 'filter' is not a key of a scrape_configs entry; it belongs inside a "
          + "gce_sd_configs entry",
      ])
    #expect(
      result.diagnostics[0].help
        == "move 'port' into the gce_sd_configs entry on line 4, indented to column 9 like its other keys")
    #expect(result.diagnostics[0].notes == ["Prometheus reports: field port not found in type config.ScrapeConfig"])
  }

  @Test func scrapeKeyAtTopLevelAndRelabelKeyInGCEAreMisplaced() {
    let result = Decoded.decode(
      """
      job_name: x
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: p
              zone: z
              source_labels: [a]
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "1:1 schema/misplaced-key: 'job_name' is not a key of the top level; it belongs inside a scrape_configs entry",
        "7:9 schema/misplaced-key: 'source_labels' is not a key of a gce_sd_configs entry; it belongs inside a "
          + "relabel_configs entry",
      ])
  }

  @Test func newerKeyNeedsANewerVersion() throws {
    let text = "scrape_config_files: [a.yml]\nscrape_configs:\n  - job_name: a\n    enable_compression: false\n"
    let old = Decoded.decode(text, version: .v2_42)
    #expect(
      Decoded.lines(old.diagnostics) == [
        "1:1 schema/version: 'scrape_config_files' requires Prometheus >= 2.43, but the target version is 2.42",
        "4:5 schema/version: 'enable_compression' requires Prometheus >= 2.49, but the target version is 2.42",
      ])
    #expect(
      old.diagnostics[0].help
        == "remove 'scrape_config_files', or target Prometheus 2.43 or later with --prometheus-version")
    #expect(
      old.diagnostics[0].notes == ["Prometheus reports: field scrape_config_files not found in type config.plain"])
    let newest = Decoded.decode(text)
    #expect(newest.diagnostics.isEmpty)
    #expect(newest.config.scrapeConfigFiles == ["a.yml"])
  }

  @Test func removedKeyIsUnknownInNewerVersions() {
    let text = "scrape_configs:\n  - job_name: a\n    scrape_classic_histograms: true\n"
    #expect(Decoded.decode(text, version: PrometheusVersion(2, 55)).diagnostics.isEmpty)
    #expect(
      Decoded.lines(Decoded.decode(text).diagnostics) == [
        "3:5 schema/unknown-key: 'scrape_classic_histograms' was removed in Prometheus 3.0; version 3.14 does not "
          + "accept it"
      ])
  }

  @Test func nullThatZeroesADefaultIsAWarning() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: p
              zone: z
              port:
              refresh_interval: ~
          relabel_configs:
            - source_labels: [a]
              target_label: b
              replacement:
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "6:14 schema/null-value: 'port' is null, which Prometheus reads as port 0 instead of the default 80",
        "7:27 schema/null-value: 'refresh_interval' is null, which Prometheus reads as 0 instead of the default 60s",
        "11:21 schema/null-value: 'replacement' is null, which Prometheus reads as an empty replacement "
          + "(deleting the target label), not $1",
      ])
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    let gce = result.config.scrapeConfigs[0].gceSDConfigs[0]
    #expect(gce.port == 0)
    #expect(gce.refreshInterval == .zero)
    #expect(result.config.scrapeConfigs[0].relabelConfigs[0].replacement == "")
  }

  @Test(arguments: [("- a\n- b\n", "a list", "!!seq"), ("hello\n", "a scalar", "!!str `hello`")])
  func documentMustBeAMapping(text: String, found: String, shown: String) {
    let result = Decoded.decode(text)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "1:1 schema/top-level: the document is \(found), but prometheus.yml must be a mapping of sections"
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: cannot unmarshal \(shown) into config.plain"])
  }

  @Test func emptyAndNullDocumentsGiveTheDefaults() {
    for text in ["", "# only a comment\n", "~\n"] {
      let result = Decoded.decode(text)
      #expect(result.diagnostics.isEmpty)
      #expect(result.config.global.scrapeInterval == .minutes(1))
      #expect(result.config.scrapeConfigs.isEmpty)
    }
  }

  @Test func otherSectionsAreKeptAsNodesAndNeverFlagged() throws {
    let result = Decoded.decode(
      """
      alerting:
        alertmanagers: [{static_configs: [{targets: [a]}]}]
      remote_write:
        - url: http://x
      storage: {tsdb: {out_of_order_time_window: 1h}}
      tracing: {endpoint: x}
      otlp: {}
      runtime: {gogc: 50}
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.config.otherSections.map(\.name) == ["alerting", "remote_write", "storage", "tracing", "otlp", "runtime"])
    let remote = try #require(result.config.valueNode("remote_write"))
    #expect(result.document[remote].kind == .sequence)
    #expect(
      result.document[try #require(result.config.keyNode("remote_write"))].range.start
        == SourcePosition(line: 3, column: 1))
  }

  @Test func everySchemaKeyOfScrapeConfigIsAcceptedInTheNewestVersion() {
    let keys = Schema.names(of: .scrapeConfig, in: .newest)
    #expect(keys.count == Set(keys).count)
    #expect(
      keys.contains("gce_sd_configs") && keys.contains("kubernetes_sd_configs") && keys.contains("oci_sd_configs"))
    #expect(!keys.contains("scrape_classic_histograms"))
    #expect(Schema.key("oci_sd_configs", in: .scrapeConfig)?.since == PrometheusVersion(3, 14))
  }
}
