import Testing

@testable import SDCore
@testable import PrometheusModel

@Suite struct DecodeValueTests {
  private func gce(_ line: String) -> (GCESDConfig?, [Diagnostic]) {
    let result = Decoded.decode(
      "scrape_configs:\n  - job_name: a\n    gce_sd_configs:\n      - {project: p, zone: z}\n      - project: p\n"
        + "        zone: z\n        \(line)\n"
    )
    return (result.config.scrapeConfigs.first?.gceSDConfigs.last, result.diagnostics)
  }

  @Test func quotedPortIsAStringNotAnInt() throws {
    let (config, diagnostics) = gce("port: \"9100\"")
    let diagnostic = try #require(diagnostics.first)
    #expect(
      Decoded.lines(diagnostics) == ["7:15 schema/type: 'port' must be an integer, but the value is the string `9100`"]
    )
    #expect(diagnostic.range == SourceRange(line: 7, column: 15, length: 6))
    #expect(diagnostic.help == "remove the quotes so YAML reads `9100` as an integer")
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
    #expect(Decoded.lines(diagnostics) == ["7:17 schema/type: 'filter' has a value whose tag does not fit it"])
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
        "7:27 schema/type: 'refresh_interval' must be a duration such as 30s or 1m30s, but the value is `1.5m`"
      ])
    #expect(diagnostics.first?.notes == ["Prometheus reports: unknown unit \".\" in duration \"1.5m\""])
    #expect(config?.refreshInterval == .seconds(60))
    let bare = gce("refresh_interval: 30").1
    #expect(bare.first?.help == "add a unit, e.g. 30s")
    #expect(bare.first?.notes == ["Prometheus reports: not a valid duration string: \"30\""])
  }

  @Test(arguments: [
    (
      "honor_labels: \"true\"", "'honor_labels' must be a boolean (true or false), but the value is the string `true`",
      "cannot unmarshal !!str `true` into bool"
    ),
    (
      "honor_labels: 1", "'honor_labels' must be a boolean (true or false), but the value is the integer `1`",
      "cannot unmarshal !!int `1` into bool"
    ),
    (
      "sample_limit: -1", "'sample_limit' must be a non-negative integer, but the value is the integer `-1`",
      "cannot unmarshal !!int `-1` into uint"
    ),
    (
      "relabel_configs: {action: keep}", "'relabel_configs' must be a list of mappings, but the value is a mapping",
      "cannot unmarshal !!map into []*relabel.Config"
    ),
    (
      "gce_sd_configs: {project: p}", "'gce_sd_configs' must be a list of mappings, but the value is a mapping",
      "cannot unmarshal !!map into []*gce.SDConfig"
    ),
    (
      "params: {a: b}", "'a' must be a list of strings, but the value is the string `b`",
      "cannot unmarshal !!str `b` into []string"
    ),
    (
      "body_size_limit: 100", "'body_size_limit' must be a size such as 10MB, but the value is `100`",
      "units: unknown unit  in 100"
    ),
    (
      "tls_config: [a]", "'tls_config' must be a mapping, but the value is a list",
      "cannot unmarshal !!seq into config.plain"
    ),
    (
      "tls_config: {min_version: tls12}",
      "'min_version' must be a TLS version (TLS10, TLS11, TLS12 or TLS13), but the value is `tls12`",
      "unknown TLS version: tls12"
    ),
    (
      "metrics_path: {a: b}", "'metrics_path' must be a string, but the value is a mapping",
      "cannot unmarshal !!map into string"
    ),
  ])
  func wrongTypesAtScrapeLevel(line: String, message: String, prometheus: String) throws {
    let result = Decoded.decode("scrape_configs:\n  - job_name: a\n    \(line)\n")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.rule.rawValue == "schema/type")
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
            token_url: https://t
            tls_config: {server_nme: x}
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "4:29 schema/type: 'insecure_skip_verify' must be a boolean (true or false), but the value is the "
          + "string `yes`",
        "5:7 schema/unknown-key: unknown key 'ca_fil' in tls_config",
        "9:20 schema/unknown-key: unknown key 'server_nme' in tls_config",
      ])
  }

  @Test func ruleFilePatternAllowsAStarOnlyInTheLastElement() {
    let result = Decoded.decode("rule_files: [a/*.yml, 'my/*/rule']\n")
    #expect(
      Decoded.lines(result.diagnostics) == [
        "1:23 schema/type: the rule file pattern 'my/*/rule' has a '*' before its last path element"
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
    #expect(
      result.config.global.externalLabels == [LabelPair(name: "z", value: "1"), LabelPair(name: "a", value: "2")])
    let job = result.config.scrapeConfigs[0]
    #expect(
      job.params == [
        ScrapeParam(name: "module", values: ["http_2xx"]), ScrapeParam(name: "target", values: ["x", "y"]),
      ])
    #expect(job.staticConfigs[0].targets == ["h1:9100", "h2:9100"])
    #expect(result.document[job.staticConfigs[0].targetNodes[1]].range.start == SourcePosition(line: 7, column: 28))
    #expect(job.staticConfigs[0].labels == [LabelPair(name: "env", value: "prod")])
  }

  @Test(arguments: [
    (
      "bearer_token: a\n    bearer_token_file: f", "4:5 schema/conflicting-keys",
      "at most one of bearer_token & bearer_token_file must be configured"
    ),
    (
      "basic_auth: {username: u}\n    bearer_token: a", "4:5 schema/conflicting-keys",
      "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured"
    ),
    (
      "basic_auth: {password: p, password_file: f}", "3:31 schema/conflicting-keys",
      "at most one of basic_auth password, password_file & password_ref must be configured"
    ),
    (
      "authorization: {type: Basic, credentials: c}", "3:21 schema/conflicting-keys",
      "authorization type cannot be set to \"basic\", use \"basic_auth\" instead"
    ),
    (
      "basic_auth: {username: u}\n    oauth2: {client_id: c, token_url: t}", "4:5 schema/conflicting-keys",
      "at most one of basic_auth, oauth2 & authorization must be configured"
    ),
    ("oauth2: {client_id: c}", "3:14 schema/required", "oauth2 token_url must be configured"),
    (
      "proxy_connect_header: {a: [b]}", "3:5 schema/conflicting-keys",
      "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured"
    ),
  ])
  func httpClientConflictsFollowPrometheusCommon(lines: String, place: String, prometheus: String) throws {
    let result = Decoded.decode("scrape_configs:\n  - job_name: a\n    \(lines)\n")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect("\(diagnostic.range.start) \(diagnostic.rule)" == place)
    #expect(diagnostic.notes == ["Prometheus reports: \(prometheus)"])
  }

  @Test func oauth2NeedsAClientSecretBefore2_51() {
    let text = "scrape_configs:\n  - job_name: a\n    oauth2: {client_id: c, token_url: t}\n"
    #expect(Decoded.decode(text).diagnostics.isEmpty)
    #expect(
      Decoded.lines(Decoded.decode(text, version: .v2_42).diagnostics) == [
        "3:14 schema/required: the oauth2 block has no client_secret or client_secret_file"
      ])
    #expect(Decoded.decode(text, version: PrometheusVersion(2, 51)).diagnostics.isEmpty)
  }

  @Test func httpClientMessagesFollowTheVersion() {
    let text = "scrape_configs:\n  - job_name: a\n    basic_auth: {password: p, password_file: f}\n"
    #expect(
      Decoded.decode(text, version: .v2_42).diagnostics.first?.notes == [
        "Prometheus reports: at most one of basic_auth password & password_file must be configured"
      ])
  }

  @Test func scrapeProtocolsAndFallback() {
    let result = Decoded.decode(
      """
      global:
        scrape_protocols: []
      scrape_configs:
        - job_name: a
          scrape_protocols: [PrometheusProto, prometheusproto]
        - job_name: b
          scrape_protocols: [OpenMetricsText1.0.0, openmetricstext]
          fallback_scrape_protocol: PrometheusText0.0.4
        - job_name: c
          fallback_scrape_protocol: promtext
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "2:21 schema/type: 'scrape_protocols' is an empty list",
        "5:41 schema/type: the scrape protocol 'prometheusproto' is listed twice",
        "7:46 schema/type: 'openmetricstext' is not a scrape protocol Prometheus 3.14 knows",
        "10:31 schema/type: 'promtext' is not a scrape protocol Prometheus 3.14 knows",
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: scrape_protocols cannot be empty for global config"])
    #expect(
      result.diagnostics[2].notes == [
        "Prometheus reports: scrape_protocols: unknown scrape protocol openmetricstext, supported: "
          + "[OpenMetricsText0.0.1 "
          + "OpenMetricsText1.0.0 PrometheusProto PrometheusText0.0.4 PrometheusText1.0.0] for scrape config with job "
          + "name \"b\""
      ])
  }

  @Test func nameSchemes() {
    let result = Decoded.decode(
      """
      global:
        metric_name_validation_scheme: legacy
        metric_name_escaping_scheme: allow-utf-8
      scrape_configs:
        - job_name: a
        - job_name: b
        - job_name: c
          metric_name_validation_scheme: utf8
        - job_name: d
          metric_name_validation_scheme: UTF8
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "3:32 schema/conflicting-keys: escaping 'allow-utf-8' keeps UTF-8 metric names, but job 'a' validates "
          + "names as legacy",
        "10:36 schema/type: 'UTF8' is not a metric name validation scheme",
      ])
    #expect(result.diagnostics[1].notes == ["Prometheus reports: unrecognized ValidationScheme: \"UTF8\""])
  }

  @Test func staticURLTargetsAreRefusedOnlyWithoutRelabelRules() {
    let bad = Decoded.decode("scrape_configs:\n  - job_name: a\n    static_configs: [{targets: ['http://h:1']}]\n")
    #expect(
      Decoded.lines(bad.diagnostics) == [
        "3:33 schema/type: the target 'http://h:1' is a URL, but a static target must be host:port"
      ])
    #expect(bad.diagnostics[0].notes == ["Prometheus reports: \"http://h:1\" is not a valid hostname"])
    let relabelled = Decoded.decode(
      "scrape_configs:\n  - job_name: a\n    static_configs: [{targets: ['http://h:1']}]\n"
        + "    relabel_configs: [{source_labels: [__address__], target_label: x}]\n")
    #expect(relabelled.diagnostics.isEmpty)
  }

  @Test func binaryLabelsMustBeUTF8() {
    let result = Decoded.decode(
      """
      global:
        external_labels:
          !!binary "/w==": value
          name: !!binary "YQpi/w=="
          ok: !!binary "aGk="
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "3:5 schema/type: a label name in 'external_labels' is binary data that is not valid UTF-8",
        "4:11 schema/type: a label value in 'external_labels' is binary data that is not valid UTF-8",
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: \"\\xff\" is not a valid label name"])
    #expect(result.diagnostics[1].notes == ["Prometheus reports: \"a\\nb\\xff\" is not a valid label value"])
  }

  @Test func storageKeysVersionsAndValues() {
    let text = """
      storage:
        tsdb:
          out_of_order_time_window: 30m
          retention: {time: 15d, size: -1GB, percentage: 120}
          chunk_encoding: {floats: XOR}
        exemplars: {max_exemplars: 100000}
      """
    let newest = Decoded.decode(text)
    #expect(
      Decoded.lines(newest.diagnostics) == [
        "4:34 schema/type: 'size' must be 0 or more, but the value is -1GB",
        "4:52 schema/type: 'percentage' must be between 0 and 100, but the value is 120",
        "5:30 schema/type: 'floats' must be xor or xor2, but the value is `XOR`",
      ])
    #expect(
      newest.diagnostics.map { $0.notes.last ?? "" } == [
        "Prometheus reports: 'storage.tsdb.retention.size' must be greater than or equal to 0, got -1GiB",
        "Prometheus reports: 'storage.tsdb.retention.percentage' must be in the range [0, 100], got 120",
        "Prometheus reports: 'storage.tsdb.chunk_encoding.floats' must be 'xor' or 'xor2', or the field must be "
          + "omitted entirely, got \"XOR\"",
      ])
    #expect(
      Decoded.lines(Decoded.decode(text, version: .v2_42).diagnostics) == [
        "4:5 schema/version: 'retention' requires Prometheus >= 3.8, but the target version is 2.42",
        "5:5 schema/version: 'chunk_encoding' requires Prometheus >= 3.13, but the target version is 2.42",
      ])
  }
}
