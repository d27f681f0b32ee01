import Testing

@testable import SDCore
@testable import SDYAML
@testable import SDLint

/// The `gce/*` filter rules: positions inside the YAML string for every scalar style, fixes, and which
/// rule reports what.
@Suite struct GCERuleFilterTests {
  /// The positions and rules of the findings for `filter: <value>`, the value written as given.
  private func located(_ value: String) -> [String] {
    GCERuleTests.lint(GCERuleTests.entry("zone: us-east1-b", "filter: " + value)).map {
      "\($0.range.start)-\($0.range.end) \($0.rule)"
    }
  }

  @Test func syntaxErrorPointsInsidePlainAndQuotedScalars() {
    // The value's column 48 is the ')' after the last AND; line 6 has the value from column 17.
    #expect(located(#"(labels.team="ops") AND (status="RUNNING") AND )"#) == ["6:64-6:65 gce/filter-syntax"])
    #expect(located(#"'(labels.team=''ops'') AND (status="RUNNING") AND )'"#) == ["6:67-6:68 gce/filter-syntax"])
    #expect(
      located(#""(labels.team=\"ops\") AND (status=\"RUNNING\") AND )""#) == ["6:69-6:70 gce/filter-syntax"])
  }

  @Test func escapesOfEveryLengthShiftDoubleQuotedColumns() {
    // \u00e9 (6 characters), \x61 (4) and \" (2) are one value character each: the operand "STOPED" at
    // value column 33 starts 10 characters later in the file and is 10 characters long there.
    #expect(
      located(#""(labels.t\u00e9\x61m=\"ops\") AND (status=\"STOPED\")""#) == ["6:60-6:70 gce/filter-value"])
  }

  @Test func multiLineAndBlockScalarsPointAtTheValueStart() {
    let folded = GCERuleTests.entry("zone: us-east1-b", "filter: >-", "  (status=\"RUNNING\") AND )")
    #expect(GCERuleTests.lint(folded).map { "\($0.range.start) \($0.rule)" } == ["6:17 gce/filter-syntax"])
    let twoLines = GCERuleTests.entry("zone: us-east1-b", "filter: '(status=\"RUNNING\")", "  AND )'")
    #expect(GCERuleTests.lint(twoLines).map { "\($0.range.start) \($0.rule)" } == ["6:17 gce/filter-syntax"])
  }

  @Test func exactGcloudTranslationIsASafeSingleQuotedFixAndNoSyntaxError() throws {
    let yaml = GCERuleTests.entry("zone: us-east1-b", "filter: status=RUNNING AND name=(node web)  # gcloud")
    let findings = GCERuleTests.lint(yaml)
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.rule.rawValue == "gce/gcloud-syntax")
    #expect(finding.message == "this filter is written in gcloud syntax, which the Compute API rejects")
    #expect(finding.range == SourceRange(line: 6, column: 17, length: 34))
    #expect(finding.fixes.map(\.isSafe) == [true])
    #expect(
      GCERuleTests.fixed(yaml)
        == GCERuleTests.entry(
          "zone: us-east1-b",
          #"filter: '(status="RUNNING") AND ((name="node") OR (name="web"))'  # gcloud"#))
  }

  @Test func approximateGcloudTranslationIsAnUnsafeFix() throws {
    let yaml = GCERuleTests.entry(
      "zone: us-east1-b", "filter: \"status:(RUNNING) AND labels.cloud_service:dashboard\"")
    let finding = try #require(GCERuleTests.lint(yaml).first)
    #expect(finding.fixes.map(\.isSafe) == [false])
    #expect(GCERuleTests.fixed(yaml) == yaml)
    #expect(
      GCERuleTests.fixed(yaml, unsafe: true)
        == GCERuleTests.entry(
          "zone: us-east1-b", #"filter: '(status="RUNNING") AND (labels.cloud_service="dashboard")'"#))
  }

  @Test func untranslatableGcloudPointsAtTheOffendingOperator() {
    #expect(located("'status=RUNNING OR name~web'") == ["6:36-6:44 gce/gcloud-syntax"])
  }

  @Test func wholeValueFixDoublesSingleQuotes() {
    let yaml = GCERuleTests.entry("zone: us-east1-b", "filter: x")
    let document = YAMLParser().parse(SourceText(path: "t.yml", text: yaml)).document
    let node = document.nodes.last { $0.kind == .scalar && $0.value == "x" }!
    let locator = GCEFilterLocator(node: node, source: SourceText(path: "t.yml", text: yaml))
    #expect(
      locator.wholeValueEdit(#"(labels.owner="o'neil")"#)
        == TextEdit(range: SourceRange(line: 6, column: 17, length: 1), replacement: #"'(labels.owner="o''neil")'"#))
  }

  @Test func regexTermsJoinedWithAndGetASafeRewrite() throws {
    let yaml = GCERuleTests.entry("zone: us-east1-b", #"filter: 'status eq RUNNING AND name eq "web-.*"'"#)
    let finding = try #require(GCERuleTests.lint(yaml).first)
    #expect(finding.rule.rawValue == "gce/filter-dialect")
    #expect(finding.range.start == SourcePosition(line: 6, column: 36))
    #expect(finding.message == "the regex dialect (eq/ne) does not allow AND, OR, NOT or '-' at column 19")
    #expect(
      GCERuleTests.fixed(yaml)
        == GCERuleTests.entry("zone: us-east1-b", #"filter: '(status eq RUNNING)(name eq "web-.*")'"#))
  }

  @Test func fieldValueLabelAndURLFindingsWithTheirFixes() {
    let yaml = GCERuleTests.entry(
      "zone: us-east1-b",
      #"filter: '(statuss="RUNNING") AND (status="STOPED") AND (labels.Env="prod") AND (machineType="e2-medium")'"#)
    let findings = GCERuleTests.lint(yaml)
    #expect(
      findings.map { "\($0.range.start) \($0.severity.rawValue) \($0.rule): \($0.message)" } == [
        "6:19 error gce/filter-field: 'statuss' is not a field of a Compute Engine instance",
        "6:50 error gce/filter-value: 'STOPED' is not a value of 'status', so the filter matches nothing",
        "6:65 warning gce/filter-label-key: GCE label keys are always lower case, so 'labels.Env' never matches",
        "6:89 warning gce/filter-url-field: 'machineType' holds a full URL, so comparing it with 'e2-medium' "
          + "matches nothing",
      ])
    #expect(findings.map { $0.fixes.map(\.isSafe) } == [[false], [false], [false], []])
    #expect(
      GCERuleTests.fixed(yaml, unsafe: true)
        == GCERuleTests.entry(
          "zone: us-east1-b",
          #"filter: '(status="RUNNING") AND (status="STOPPED") AND (labels.env="prod") AND (machineType="e2-medium")'"#
        ))
  }

  @Test func inPlaceFixesAreEscapedForADoubleQuotedValue() {
    let yaml = GCERuleTests.entry("zone: us-east1-b", #"filter: "(status=\"STOPED\")""#)
    #expect(
      GCERuleTests.fixed(yaml, unsafe: true)
        == GCERuleTests.entry("zone: us-east1-b", #"filter: "(status=\"STOPPED\")""#))
  }

  @Test func repeatedFieldIsAFieldError() {
    #expect(located(#"'(status="RUNNING") AND (tags.items="node")'"#) == ["6:42-6:52 gce/filter-field"])
  }

  @Test func noStatusFilterHelpNeverRepeatsATermTheAPIRejects() throws {
    let finding = try #require(
      GCERuleTests.lint(GCERuleTests.entry("zone: us-east1-b", "filter: tags.items=web"))
        .first { $0.rule.rawValue == "gce/no-status-filter" })
    #expect(finding.help == #"once the filter's other problems are fixed, add the condition (status="RUNNING") to it"#)
  }

  @Test func noStatusFilterIsOncePerJobAndQuietWhenRelabellingKeepsRunning() {
    let twoEntries = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {project: ml-platform-a, zone: us-east1-b}
            - {project: ml-platform-a, zone: us-east1-c}
            - {project: ml-platform-a, zone: us-east1-d}
      """
    let findings = GCERuleTests.lint(twoEntries).filter { $0.rule.rawValue == "gce/no-status-filter" }
    #expect(findings.map(\.range.start) == [SourcePosition(line: 4, column: 10)])
    #expect(findings.first?.notes == ["2 more gce_sd_configs entries of this job have no status condition either"])
    let kept = twoEntries + """

          relabel_configs:
            - source_labels: [__meta_gce_instance_status]
              regex: RUNNING
              action: keep
      """
    #expect(GCERuleTests.lint(kept).filter { $0.rule.rawValue == "gce/no-status-filter" }.isEmpty)
    let keptTooMuch = kept.replacing("regex: RUNNING", with: "regex: .*")
    #expect(GCERuleTests.lint(keptTooMuch).filter { $0.rule.rawValue == "gce/no-status-filter" }.count == 1)
  }

  @Test func noStatusFilterHelpAndsTheConditionInTheFilterDialect() throws {
    let aip = try #require(GCERuleTests.lint(GCERuleTests.entry("zone: us-east1-b", "filter: labels.role=node")).first)
    #expect(aip.rule.rawValue == "gce/no-status-filter")
    #expect(aip.severity == .info)
    #expect(aip.range == SourceRange(line: 6, column: 17, length: 16))
    #expect(aip.help == #"add a status condition to the filter: (status="RUNNING") AND labels.role=node"#)
    let regex = try #require(
      GCERuleTests.lint(GCERuleTests.entry("zone: us-east1-b", "filter: (name eq web-.*)")).first)
    #expect(regex.help == "add a status condition to the filter: (status eq RUNNING) (name eq web-.*)")
    let none = try #require(GCERuleTests.lint(GCERuleTests.entry("zone: us-east1-b")).first)
    #expect(none.range == SourceRange(line: 4, column: 9, length: 7))
    #expect(none.help == #"add filter: '(status="RUNNING")' to this entry"#)
    #expect(GCERuleTests.lint(GCERuleTests.entry("zone: us-east1-b", "filter: (status != TERMINATED)")).isEmpty)
  }

  @Test func eachFileGetsItsOwnFilterFindingsThoughTheRulesShareThem() {
    // The same shape and node ids with another filter, then the first file again: nothing carries over.
    let misspeltValue = GCERuleTests.entry("zone: us-east1-b", #"filter: '(status = "STOPED")'"#)
    let misspeltField = GCERuleTests.entry("zone: us-east1-b", #"filter: '(status = "RUNNING") (stauts = "X")'"#)
    let rules = { (yaml: String) in GCERuleTests.lint(yaml).map { "\($0.range.start) \($0.rule)" } }
    #expect(rules(misspeltValue) == ["6:28 gce/filter-value"])
    #expect(rules(misspeltField) == ["6:40 gce/filter-field"])
    #expect(rules(misspeltValue) == ["6:28 gce/filter-value"])
  }
}
