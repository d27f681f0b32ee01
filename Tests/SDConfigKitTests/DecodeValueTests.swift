import Testing

@testable import SDConfigKit

@Suite struct DecodeValueTests {
  private func gce(_ line: String) -> (GCESDConfig?, [Diagnostic]) {
    let result = Decoded.decode(
      "scrape_configs:\n  - job_name: a\n    gce_sd_configs:\n      - {project: p, zone: z}\n      - project: p\n        zone: z\n        \(line)\n")
    return (result.config.scrapeConfigs.first?.gceSDConfigs.last, result.diagnostics)
  }

  @Test func quotedPortIsAStringNotAnInt() throws {
    let (config, diagnostics) = gce("port: \"9100\"")
    let diagnostic = try #require(diagnostics.first)
    #expect(Decoded.lines(diagnostics) == ["7:15 schema/type: 'port' must be an integer, but the value is the string `9100`."])
    #expect(diagnostic.range == SourceRange(line: 7, column: 15, length: 6))
    #expect(diagnostic.help == "Remove the quotes so YAML reads `9100` as an integer.")
    #expect(diagnostic.notes == ["Prometheus reports: cannot unmarshal !!str `9100` into int"])
    #expect(config?.port == 80)
  }

  @Test(arguments: [("0120", Int64(80)), ("09100", 9100), ("9100.7", 9100), ("1e3", 1000), ("1_000", 1000), ("-1", -1)])
  func portFollowsGoIntegerRules(text: String, port: Int64) {
    let (config, diagnostics) = gce("port: \(text)")
    #expect(diagnostics.isEmpty)
    #expect(config?.port == port)
  }

  @Test func longValuesAreCutInPrometheusMessage() throws {
    let (_, diagnostics) = gce("port: 9223372036854775808")
    #expect(diagnostics.first?.notes == ["Prometheus reports: cannot unmarshal !!int `9223372...` into int"])
    let (_, huge) = gce("port: 99999999999999999999")
    #expect(huge.first?.notes == ["Prometheus reports: cannot unmarshal !!float `9999999...` into int"])
  }

  @Test func stringFieldsTakeTheSourceText() {
    let (config, diagnostics) = gce("filter: yes")
    #expect(diagnostics.isEmpty)
    #expect(config?.filter == "yes")
    let (numeric, _) = gce("tag_separator: 0120")
    #expect(numeric?.tagSeparator == "0120")
  }

  @Test func badTagIsReported() {
    let (_, diagnostics) = gce("filter: !!int abc")
    #expect(Decoded.lines(diagnostics) == ["7:17 schema/type: 'filter' has a value whose tag does not fit it."])
    #expect(diagnostics.first?.notes == ["Prometheus reports: yaml: cannot decode !!str `abc` as a !!int"])
  }

  @Test func binaryIsDecoded() {
    let (config, diagnostics) = gce("project: !!binary bXktcHJvamVjdA==")
    #expect(diagnostics.isEmpty)
    #expect(config?.project == "my-project")
  }

  @Test func badRefreshIntervalHasBothMessages() throws {
    let (config, diagnostics) = gce("refresh_interval: 1.5m")
    #expect(
      Decoded.lines(diagnostics) == [
        "7:27 schema/type: 'refresh_interval' must be a duration such as 30s or 1m30s, but the value is `1.5m`."
      ])
    #expect(diagnostics.first?.notes == ["Prometheus reports: unknown unit \".\" in duration \"1.5m\""])
    #expect(config?.refreshInterval == .seconds(60))
    let bare = gce("refresh_interval: 30").1
    #expect(bare.first?.help == "Add a unit, e.g. 30s.")
    #expect(bare.first?.notes == ["Prometheus reports: not a valid duration string: \"30\""])
  }

  @Test(arguments: [
    ("honor_labels: \"true\"", "'honor_labels' must be a boolean (true or false), but the value is the string `true`.",
     "cannot unmarshal !!str `true` into bool"),
    ("honor_labels: 1", "'honor_labels' must be a boolean (true or false), but the value is the integer `1`.",
     "cannot unmarshal !!int `1` into bool"),
    ("sample_limit: -1", "'sample_limit' must be a non-negative integer, but the value is the integer `-1`.",
     "cannot unmarshal !!int `-1` into uint"),
    ("relabel_configs: {action: keep}", "'relabel_configs' must be a list of mappings, but the value is a mapping.",
     "cannot unmarshal !!map into []*relabel.Config"),
    ("gce_sd_configs: {project: p}", "'gce_sd_configs' must be a list of mappings, but the value is a mapping.",
     "cannot unmarshal !!map into []*gce.SDConfig"),
    ("params: {a: b}", "'a' must be a list of strings, but the value is the string `b`.",
     "cannot unmarshal !!str `b` into []string"),
    ("body_size_limit: 100", "'body_size_limit' must be a size such as 10MB, but the value is `100`.",
     "units: unknown unit  in 100"),
    ("tls_config: [a]", "'tls_config' must be a mapping, but the value is a list.",
     "cannot unmarshal !!seq into config.plain"),
    ("metrics_path: {a: b}", "'metrics_path' must be a string, but the value is a mapping.",
     "cannot unmarshal !!map into string"),
  ])
  func wrongTypesAtScrapeLevel(line: String, message: String, prometheus: String) throws {
    let result = Decoded.decode("scrape_configs:\n  - job_name: a\n    \(line)\n")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.rule == "schema/type")
    #expect(diagnostic.message == message)
    #expect(diagnostic.notes == ["Prometheus reports: \(prometheus)"])
    #expect(diagnostic.range.start.line == 3)
  }

  @Test func nestedHTTPBlocksAreChecked() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: a
          tls_config:
            insecure_skip_verify: "yes"
            ca_fil: x
          oauth2:
            client_id: c
            tls_config: {server_nme: x}
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "4:29 schema/type: 'insecure_skip_verify' must be a boolean (true or false), but the value is the string `yes`.",
        "5:7 schema/unknown-key: Unknown key 'ca_fil' in tls_config.",
        "8:20 schema/unknown-key: Unknown key 'server_nme' in tls_config.",
      ])
  }

  @Test func ruleFilePatternAllowsAStarOnlyInTheLastElement() {
    let result = Decoded.decode("rule_files: [a/*.yml, 'my/*/rule']\n")
    #expect(
      Decoded.lines(result.diagnostics) == [
        "1:23 schema/type: The rule file pattern 'my/*/rule' has a '*' before its last path element."
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: invalid rule file path \"my/*/rule\""])
    #expect(result.config.ruleFiles == ["a/*.yml", "my/*/rule"])
  }

  @Test func labelsAndParamsKeepTheirOrder() {
    let result = Decoded.decode(
      """
      global:
        external_labels: {z: "1", a: 2}
      scrape_configs:
        - job_name: a
          params: {module: [http_2xx], target: [x, y]}
          static_configs:
            - targets: [h1:9100, h2:9100]
              labels: {env: prod}
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(result.config.global.externalLabels == [LabelPair(name: "z", value: "1"), LabelPair(name: "a", value: "2")])
    let job = result.config.scrapeConfigs[0]
    #expect(job.params == [ScrapeParam(name: "module", values: ["http_2xx"]), ScrapeParam(name: "target", values: ["x", "y"])])
    #expect(job.staticConfigs[0].targets == ["h1:9100", "h2:9100"])
    #expect(result.document[job.staticConfigs[0].targetNodes[1]].range.start == SourcePosition(line: 7, column: 28))
    #expect(job.staticConfigs[0].labels == [LabelPair(name: "env", value: "prod")])
  }
}
