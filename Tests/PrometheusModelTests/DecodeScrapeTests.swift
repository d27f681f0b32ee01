import Testing

@testable import SDCore
@testable import PrometheusModel

@Suite struct DecodeScrapeTests {
  @Test func missingAndEmptyJobNames() {
    let result = Decoded.decode("scrape_configs:\n  - scrape_interval: 1m\n  - job_name: ''\n  -\n")
    #expect(
      Decoded.lines(result.diagnostics) == [
        "2:5 schema/required: this scrape config has no job_name",
        "3:15 schema/required: this scrape config has no job_name",
        "4:4 schema/required: the scrape_configs list has an empty entry",
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: job_name is empty"])
    #expect(result.diagnostics[2].notes == ["Prometheus reports: empty or null scrape config section"])
    #expect(result.config.scrapeConfigs.count == 2)
  }

  @Test func gceNeedsProjectAndZone() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - {}
            - zone: us-central1-a
              project: ""
            -
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "4:9 schema/required: this gce_sd_configs entry has no project",
        "4:9 schema/required: this gce_sd_configs entry has no zone",
        "6:18 schema/required: this gce_sd_configs entry has no project",
        "7:8 schema/required: the gce_sd_configs list has an empty entry",
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: GCE SD configuration requires a project"])
    #expect(result.diagnostics[1].notes == ["Prometheus reports: GCE SD configuration requires a zone"])
    #expect(result.diagnostics[3].notes == ["Prometheus reports: empty or null section in gce_sd_configs"])
  }

  @Test func gceDefaultsAndValues() throws {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - project: p
              zone: z
            - project: q
              zone: y
              filter: status = RUNNING
              refresh_interval: 5m
              port: 9100
              tag_separator: '|'
      """)
    #expect(result.diagnostics.isEmpty)
    let configs = result.config.scrapeConfigs[0].gceSDConfigs
    #expect(configs.count == 2)
    #expect(configs[0].project == "p" && configs[0].zone == "z" && configs[0].filter == "")
    #expect(configs[0].refreshInterval == .seconds(60) && configs[0].port == 80 && configs[0].tagSeparator == ",")
    #expect(configs[1].filter == "status = RUNNING" && configs[1].refreshInterval == .minutes(5))
    #expect(configs[1].port == 9100 && configs[1].tagSeparator == "|")
    let zoneKey = try #require(configs[1].keyNode("zone"))
    let zoneValue = try #require(configs[1].valueNode("zone"))
    #expect(result.document[zoneKey].range == SourceRange(line: 7, column: 9, length: 4))
    #expect(result.document[zoneValue].range == SourceRange(line: 7, column: 15, length: 1))
    #expect(configs[0].valueNode("filter") == nil)
    #expect(result.document[try #require(configs[1].node)].range.start == SourcePosition(line: 6, column: 9))
  }

  @Test func duplicateJobPointsAtTheSecondAndNotesTheFirst() throws {
    let result = Decoded.decode("scrape_configs:\n  - job_name: node\n  - job_name: web\n  - job_name: node\n")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "4:15 schema/duplicate-job: the job name 'node' is already used by another scrape config"
      ])
    #expect(
      diagnostic.notes == [
        "first used at line 2, column 15",
        "Prometheus reports: found multiple scrape configs with job name \"node\"",
      ])
  }

  @Test func intervalsInheritTheGlobalOnesAsPrometheusDoes() {
    let result = Decoded.decode(
      """
      global:
        scrape_interval: 5s
        evaluation_interval: 30s
      scrape_configs:
        - job_name: a
        - job_name: b
          scrape_interval: 1m
        - job_name: c
          scrape_interval: 2s
        - job_name: d
          scrape_timeout: 3s
      """)
    #expect(result.diagnostics.isEmpty)
    let global = result.config.global
    #expect(global.scrapeInterval == .seconds(5) && global.scrapeTimeout == .seconds(5))
    #expect(global.evaluationInterval == .seconds(30))
    let jobs = result.config.scrapeConfigs.map { "\($0.jobName) \($0.scrapeInterval) \($0.scrapeTimeout)" }
    #expect(jobs == ["a 5s 5s", "b 1m 5s", "c 2s 2s", "d 5s 3s"])
  }

  @Test func nullGlobalRestoresDefaults() {
    let result = Decoded.decode("global:\nscrape_configs:\n  - job_name: a\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.config.global.scrapeInterval == .minutes(1))
    #expect(result.config.global.scrapeTimeout == .seconds(10))
    #expect(result.config.scrapeConfigs[0].scrapeTimeout == .seconds(10))
  }

  @Test func timeoutAboveIntervalGlobalAndPerJob() {
    let result = Decoded.decode(
      """
      global:
        scrape_interval: 10s
        scrape_timeout: 20s
      scrape_configs:
        - job_name: a
          scrape_interval: 15s
          scrape_timeout: 30s
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "3:19 schema/timeout-above-interval: the global scrape_timeout 20s is longer than the scrape_interval 10s",
        "7:21 schema/timeout-above-interval: the scrape_timeout 30s of job 'a' is longer than its scrape_interval 15s",
      ])
    #expect(result.diagnostics[0].notes == ["Prometheus reports: global scrape timeout greater than scrape interval"])
    #expect(
      result.diagnostics[1].notes == [
        "Prometheus reports: scrape timeout greater than scrape interval for scrape config with job name \"a\""
      ])
  }

  @Test func scrapeDefaultsAndNulls() {
    let result = Decoded.decode(
      "scrape_configs:\n  - job_name: a\n  - job_name: b\n    honor_timestamps:\n    metrics_path: /m\n"
        + "    scheme: https\n"
    )
    let jobs = result.config.scrapeConfigs
    #expect(jobs[0].honorTimestamps && jobs[0].metricsPath == "/metrics" && jobs[0].scheme == "http")
    #expect(!jobs[1].honorTimestamps && jobs[1].metricsPath == "/m" && jobs[1].scheme == "https")
    #expect(
      Decoded.lines(result.diagnostics) == [
        "4:22 schema/null-value: 'honor_timestamps' is null, which Prometheus reads as false instead of the "
          + "default true"
      ])
  }

  @Test func relabelRulesRecordSetFieldsAndNulls() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: a
          relabel_configs:
            - source_labels: [__meta_gce_label_env]
              regex: prod
              action: KEEP
            - target_label: x
              separator:
              modulus: 8
          metric_relabel_configs:
            - action: labeldrop
              regex: tmp_.*
      """)
    let job = result.config.scrapeConfigs[0]
    #expect(job.relabelConfigs.count == 2 && job.relabelConfigNodes.count == 2)
    let keep = job.relabelConfigs[0]
    #expect(keep.sourceLabels == ["__meta_gce_label_env"] && keep.regex == "prod" && keep.knownAction == .keep)
    #expect(keep.setFields == [.sourceLabels, .regex, .action])
    #expect(keep.replacement == "$1" && keep.separator == ";")
    let second = job.relabelConfigs[1]
    #expect(second.separator == "" && second.modulus == 8 && second.action == "replace")
    #expect(second.setFields == [.targetLabel, .separator, .modulus])
    #expect(job.metricRelabelConfigs.map(\.action) == ["labeldrop"])
    #expect(
      result.document[job.relabelConfigNodes[1].valueNode("modulus")!].range.start
        == SourcePosition(line: 9, column: 18))
  }

  @Test func relabelValidationIsReportedAtTheFieldItNames() {
    let validation: RelabelValidation = { rule, _, _ in
      rule.knownAction == .hashmod && rule.modulus == 0
        ? RelabelFinding(message: "relabel configuration for hashmod requires non-zero modulus", field: .action)
        : nil
    }
    let result = Decoded.decode(
      "scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - {action: hashmod, target_label: x}\n",
      relabel: validation)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "4:18 relabel/invalid: relabel configuration for hashmod requires non-zero modulus"
      ])
  }

  @Test func mergeKeysAndAliasesAreHonoured() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - &base
              project: p
              zone: z
              port: 9100
            - <<: *base
              zone: y
      """)
    #expect(result.diagnostics.isEmpty)
    let configs = result.config.scrapeConfigs[0].gceSDConfigs
    #expect(configs.map(\.zone) == ["z", "y"])
    #expect(configs.map(\.port) == [9100, 9100])
    #expect(configs.map(\.project) == ["p", "p"])
  }

  @Test func otherServiceDiscoveryIsKeptAsNodes() {
    let result = Decoded.decode(
      "scrape_configs:\n  - job_name: a\n    file_sd_configs: [{files: [x.json]}]\n    ec2_sd_configs: []\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.config.scrapeConfigs[0].otherServiceDiscovery.map(\.name) == ["file_sd_configs", "ec2_sd_configs"])
  }

  @Test func globalLimitsAreInherited() {
    let result = Decoded.decode(
      "global:\n  sample_limit: 100\n  body_size_limit: 10MB\nscrape_configs:\n  - job_name: a\n"
        + "  - job_name: b\n    sample_limit: 5\n"
    )
    #expect(result.diagnostics.isEmpty)
    #expect(result.config.scrapeConfigs.map(\.limits.sampleLimit) == [100, 5])
    #expect(result.config.scrapeConfigs[1].limits.bodySizeLimit == ByteSize(bytes: 10_485_760))
  }

  @Test func globalTypedExtras() {
    let result = Decoded.decode(
      """
      global:
        rule_query_offset: 30s
        scrape_failure_log_file: /tmp/f.log
        scrape_protocols: [PrometheusProto, OpenMetricsText1.0.0]
        metric_name_validation_scheme: legacy
        metric_name_escaping_scheme: dots
      scrape_configs:
        - job_name: a
          scrape_protocols: [PrometheusText0.0.4]
        - job_name: b
      """)
    #expect(result.diagnostics.isEmpty)
    let global = result.config.global
    #expect(global.ruleQueryOffset == .seconds(30) && global.scrapeFailureLogFile == "/tmp/f.log")
    #expect(global.scrapeProtocols == ["PrometheusProto", "OpenMetricsText1.0.0"])
    #expect(global.metricNameValidationScheme == "legacy" && global.metricNameEscapingScheme == "dots")
    #expect(result.config.scrapeConfigs.map(\.scrapeProtocols) == [["PrometheusText0.0.4"], nil])
  }

  @Test func aFindingInAnAliasedNodeIsReportedOnce() {
    let result = Decoded.decode(
      """
      scrape_configs:
        - job_name: a
          relabel_configs: &common
            - source_labels: [x]
              target_label: y
              replacement:
        - job_name: b
          relabel_configs: *common
      """)
    #expect(
      Decoded.lines(result.diagnostics) == [
        "6:21 schema/null-value: 'replacement' is null, which Prometheus reads as an empty replacement "
          + "(deleting the target label), not $1"
      ])
    #expect(result.config.scrapeConfigs.map(\.relabelConfigs.count) == [1, 1])
  }

  @Test func relabelValidationGetsTheJobsNameScheme() {
    let validation: RelabelValidation = { _, version, legacy in
      RelabelFinding(message: "\(version) legacy=\(legacy)")
    }
    let text = """
      scrape_configs:
        - job_name: a
          relabel_configs: [{action: keep}]
          metric_name_validation_scheme: legacy
        - job_name: b
          metric_relabel_configs: [{action: keep}]
      """
    #expect(
      Decoded.lines(Decoded.decode(text, relabel: validation).diagnostics) == [
        "3:23 relabel/invalid: 3.14 legacy=true", "6:30 relabel/invalid: 3.14 legacy=false",
      ])
    #expect(
      Decoded.lines(Decoded.decode(text, version: .v2_42, relabel: validation).diagnostics).last
        == "6:30 relabel/invalid: 2.42 legacy=true")
  }
}
