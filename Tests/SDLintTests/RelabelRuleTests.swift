import Testing

@testable import SDCore
@testable import PrometheusModel
@testable import SDLint

/// Exact messages, help, fixes and edge cases of the `relabel/*` rules that their examples do not pin.
@Suite struct RelabelRuleTests {
  /// A GCE job `node` with `rules` (already indented as relabel_configs items) appended.
  private static func gceJob(_ rules: String, name: String = "node") -> String {
    """
      - job_name: \(name)
        gce_sd_configs:
          - project: ml-platform-a
            zone: us-east1-b
        relabel_configs:
    \(rules)
    """
  }

  private func lint(_ text: String, rule: any LintRule, version: PrometheusVersion = .newest) -> [Diagnostic] {
    var options = LintOptions()
    options.prometheusVersion = version
    return Linter(options: options, rules: [rule]).lint(SourceText(path: "p.yml", text: text))
      .filter { $0.rule == rule.info.id }
  }

  private func fixed(_ text: String, _ diagnostics: [Diagnostic], includeUnsafe: Bool = false) -> String {
    let result = FixApplier(includeUnsafe: includeUnsafe).apply(diagnostics, to: SourceText(path: "p.yml", text: text))
    return String(decoding: result.bytes, as: UTF8.self)
  }

  // MARK: relabel/invalid and relabel/regex

  @Test func invalidCarriesPrometheusMessageAndHelp() throws {
    let text =
      "scrape_configs:\n" + Self.gceJob("      - action: kepp\n      - action: hashmod\n        target_label: s\n")
    let findings = lint(text, rule: RelabelInvalidRule())
    #expect(
      findings.map(\.message) == [
        #"unknown relabel action "kepp""#, "relabel configuration for hashmod requires non-zero modulus",
      ])
    #expect(
      findings.map(\.help) == [
        "an action with a similar name exists: 'keep'", "set modulus to the number of shards, e.g. modulus: 4",
      ])
    #expect(findings.map(\.severity) == [.error, .error])
  }

  @Test func regexErrorPointsInsideTheQuotedPattern() throws {
    let text =
      "scrape_configs:\n" + Self.gceJob("      - source_labels: [a]\n        regex: 'x(?<=y)'\n        action: keep\n")
    let finding = try #require(lint(text, rule: RelabelRegexRule()).first)
    #expect(finding.message == "error parsing regexp: invalid named capture: `(?<=y))$`")
    #expect(finding.range.start == SourcePosition(line: 8, column: 18))
  }

  // MARK: relabel/ambiguous-reference

  @Test func ambiguousReferenceMessageHelpAndSafeFix() throws {
    let text = "scrape_configs:\n" + Self.gceJob("      - target_label: host\n        replacement: \"$1_vm.$1\"\n")
    let finding = try #require(lint(text, rule: RelabelAmbiguousReferenceRule()).first)
    #expect(
      finding.message
        == "'$1_vm' in replacement refers to the group named '1_vm', which does not exist, "
        + "so it expands to an empty string")
    #expect(finding.help == "write '${1}_vm' to use group 1 followed by '_vm'")
    #expect(finding.range == SourceRange(line: 8, column: 23, length: 5))
    #expect(fixed(text, [finding]).contains("replacement: \"${1}_vm.$1\"\n"))
  }

  @Test func ambiguousReferenceInFlowPlainScalarIsUnsafeAndEscapesKeepTheWholeScalar() throws {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - {target_label: h, replacement: $1_x}\n      - target_label: g\n        replacement: \"\\t$1_y\"\n")
    let findings = lint(text, rule: RelabelAmbiguousReferenceRule())
    #expect(findings.count == 2)
    #expect(findings.first?.fixes.map(\.isSafe) == [false])
    #expect(findings.first?.range.start == SourcePosition(line: 7, column: 40))
    // An escape before the reference hides its column: the whole scalar is the range and no fix is offered.
    #expect(findings.last?.range.start == SourcePosition(line: 9, column: 22))
    #expect(findings.last?.fixes.isEmpty == true)
  }

  @Test func ambiguousReferenceIgnoresActionsWithoutTemplatesAndTargetOfLabelmap() {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - regex: __meta_gce_label_(.+)\n        action: labelmap\n        replacement: ${1}\n"
          + "      - source_labels: [a]\n        action: keep\n        target_label: $1_x\n")
    #expect(lint(text, rule: RelabelAmbiguousReferenceRule()).isEmpty)
  }

  // MARK: relabel/unknown-meta-label

  @Test func unknownMetaLabelSafeFixOnlyForSanitisedKey() throws {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - source_labels: [__meta_gce_label_team-name]\n        target_label: team\n"
          + "      - source_labels: [__meta_gce_lables_env]\n        regex: prod\n        action: keep\n")
    let findings = lint(text, rule: RelabelUnknownMetaLabelRule())
    #expect(
      findings.map(\.message) == [
        "GCE service discovery never sets '__meta_gce_label_team-name', so it always reads as empty",
        "GCE service discovery never sets '__meta_gce_lables_env', so this keep rule drops every target and the job "
          + "scrapes nothing",
      ])
    #expect(findings.map { $0.fixes.map(\.isSafe) } == [[true], [false]])
    #expect(findings.map(\.severity) == [.warning, .error])
    let safe = fixed(text, findings)
    #expect(safe.contains("[__meta_gce_label_team_name]") && safe.contains("[__meta_gce_lables_env]"))
    #expect(fixed(text, findings, includeUnsafe: true).contains("[__meta_gce_label_env]"))
  }

  @Test func unknownMetaLabelInMetricRelabellingIsAlwaysEmpty() throws {
    let text = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          metric_relabel_configs:
            - source_labels: [job, __meta_gce_zone]
              target_label: zone

      """
    let finding = try #require(lint(text, rule: RelabelUnknownMetaLabelRule()).first)
    #expect(
      finding.message
        == "'__meta_gce_zone' is removed after target relabelling, so metric_relabel_configs always reads it as empty")
    #expect(finding.range.start == SourcePosition(line: 7, column: 30))
  }

  // MARK: relabel/never-matches

  @Test func neverMatchesUsesTheJobsTagSeparator() throws {
    let text = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              tag_separator: '|'
          relabel_configs:
            - source_labels: [__meta_gce_tags]
              regex: web|db
              action: drop

      """
    let finding = try #require(lint(text, rule: RelabelNeverMatchesRule()).first)
    #expect(
      finding.message
        == "regex 'web|db' can never match __meta_gce_tags, whose values look like '|http-server|node-exporter|', "
        + "so this drop rule never drops anything")
    #expect(finding.help == #"match the whole value, e.g. regex: '.*\|(?:web|db)\|.*'"#)
    #expect(finding.fixes.first?.edits.first?.replacement == #"'.*\|(?:web|db)\|.*'"#)
    #expect(finding.fixes.first?.isSafe == false)
  }

  @Test func neverMatchesLeavesMultipleSourceLabelsAndShortNameMatchesAlone() {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - source_labels: [__meta_gce_zone, __meta_gce_label_env]\n        regex: us-east1-b;prod\n"
          + "        action: keep\n      - source_labels: [__meta_gce_instance_name]\n        regex: web-.*\n"
          + "        action: keep\n")
    #expect(lint(text, rule: RelabelNeverMatchesRule()).isEmpty)
  }

  @Test func dropWithoutSourceLabelsDropsEverything() throws {
    let text = "scrape_configs:\n" + Self.gceJob("      - action: drop\n")
    let finding = try #require(lint(text, rule: RelabelNeverMatchesRule()).first)
    #expect(finding.message == "this drop rule's regex matches every value, so it drops every target")
    #expect(finding.range.start == SourcePosition(line: 7, column: 17))
  }

  @Test func dropAllOnMetadataBefore3IsNotCertain() {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - source_labels: [__meta_gce_metadata_startup_script]\n        regex: .*\n        action: drop\n")
    #expect(lint(text, rule: RelabelNeverMatchesRule(), version: PrometheusVersion(2, 42)).isEmpty)
    #expect(lint(text, rule: RelabelNeverMatchesRule()).count == 1)
  }

  @Test func dropAllInMetricRelabellingBeforeOtherRulesDropsEverySample() throws {
    let text = """
      scrape_configs:
        - job_name: app
          static_configs:
            - targets: [localhost:8080]
          metric_relabel_configs:
            - source_labels: [__name__]
              regex: (.*)
              action: drop
            - source_labels: [__name__]
              regex: go_.*
              action: keep

      """
    let finding = try #require(lint(text, rule: RelabelNeverMatchesRule()).first)
    #expect(finding.message == "this drop rule's regex matches every value, so it drops every sample")
    #expect(finding.severity == .warning)
    #expect(finding.range.start == SourcePosition(line: 7, column: 16))
  }

  /// The last rule of metric_relabel_configs dropping everything keeps only up and scrape_*: deliberate.
  @Test func aWrittenDropAllAsTheLastMetricRuleIsDeliberate() {
    let text = """
      scrape_configs:
        - job_name: app
          static_configs:
            - targets: [localhost:8080]
          metric_relabel_configs:
            - source_labels: [__name__]
              regex: .*
              action: drop

      """
    #expect(lint(text, rule: RelabelNeverMatchesRule()).isEmpty)
  }

  @Test func aTargetDropAllIsAnError() throws {
    let text = """
      scrape_configs:
        - job_name: app
          static_configs:
            - targets: [localhost:8080]
          relabel_configs:
            - source_labels: [__address__]
              regex: .*
              action: drop

      """
    let finding = try #require(lint(text, rule: RelabelNeverMatchesRule()).first)
    #expect(finding.severity == .error)
    #expect(finding.message == "this drop rule's regex matches every value, so it drops every target")
  }

  // MARK: relabel/repeated-block

  @Test func repeatedBlockNamesTheFirstJobOnEveryLaterOne() throws {
    let rules =
      "      - source_labels: [a]\n        target_label: b\n      - source_labels: [c]\n        target_label: d\n"
    let text =
      "scrape_configs:\n" + Self.gceJob(rules) + Self.gceJob(rules, name: "two") + Self.gceJob(rules, name: "three")
    let findings = lint(text, rule: RelabelRepeatedBlockRule())
    #expect(findings.map(\.range.start) == [SourcePosition(line: 15, column: 5), SourcePosition(line: 24, column: 5)])
    #expect(findings.first?.message == "these 2 relabel_configs rules repeat those of job 'node' rule for rule")
    #expect(findings.first?.help == "write them once in an sdgen spec: `sdgen import` turns this file into one")
    #expect(findings.last?.notes == ["job 'node' writes the same rules at line 6"])
    #expect(findings.first?.severity == .info)
  }

  @Test func repeatedBlockIgnoresSingleRulesAndDifferentOrder() {
    let one = "      - source_labels: [a]\n        target_label: b\n"
    let other = "      - source_labels: [c]\n        target_label: d\n"
    let text =
      "scrape_configs:\n" + Self.gceJob(one) + Self.gceJob(one, name: "two")
      + Self.gceJob(one + other, name: "three") + Self.gceJob(other + one, name: "four")
    #expect(lint(text, rule: RelabelRepeatedBlockRule()).isEmpty)
  }

  @Test func repeatedBlockScalesToThousandsOfJobs() {
    let rules =
      "      - source_labels: [a]\n        target_label: b\n      - source_labels: [c]\n        target_label: d\n"
    let text = "scrape_configs:\n" + (0..<2000).map { Self.gceJob(rules, name: "job\($0)") }.joined()
    #expect(lint(text, rule: RelabelRepeatedBlockRule()).count == 1999)
  }

  // MARK: relabel/unguarded-public-ip

  @Test func unguardedPublicIPNamesTheAddressOthersGet() throws {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - source_labels: [__meta_gce_public_ip]\n        target_label: __address__\n"
          + "        replacement: $1:9100\n"
          + "      - source_labels: [__meta_gce_public_ip]\n        target_label: __address__\n")
    let findings = lint(text, rule: RelabelUnguardedPublicIPRule())
    #expect(
      findings.map(\.message) == [
        "instances without an external NAT IP also match this rule, so they get __address__ ':9100'",
        "instances without an external NAT IP also match this rule, so they lose __address__ and are dropped",
      ])
    #expect(findings.map(\.range.start.line) == [7, 10])
  }

  @Test func unguardedPublicIPAcceptsAnEarlierDropOfEmptyValues() {
    let text =
      "scrape_configs:\n"
      + Self.gceJob(
        "      - source_labels: [__meta_gce_public_ip]\n        regex: ''\n        action: drop\n"
          + "      - source_labels: [__meta_gce_public_ip]\n        target_label: __address__\n"
          + "        replacement: $1:9100\n")
    #expect(lint(text, rule: RelabelUnguardedPublicIPRule()).isEmpty)
  }
}
