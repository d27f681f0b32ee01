import Testing

@testable import SDCore
@testable import SDJSON
@testable import SDReport

@Suite struct OutputSARIFTests {
  private func parse(_ report: LintReport, _ formatter: SARIFFormatter = SARIFFormatter()) throws -> JSONValue {
    try JSONValue.parse(Array(formatter.format(report).utf8))
  }

  private func results(of log: JSONValue) -> [JSONValue] {
    log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
  }

  private func number(_ value: JSONValue?) -> Double? {
    if case .number(let number) = value { return number }
    return nil
  }

  /// The problems with `log` against the required properties and value constraints of the SARIF
  /// 2.1.0 schema that GitHub code scanning enforces; empty when it conforms.
  private func schemaProblems(_ log: JSONValue) -> [String] {
    var problems: [String] = []
    func require(_ condition: Bool, _ problem: String) {
      if !condition { problems.append(problem) }
    }
    func requireText(_ value: JSONValue?, _ path: String) {
      require(!(value?["text"]?.stringValue ?? "").isEmpty, "\(path).text is missing or empty")
    }
    let levels: Set<String> = ["none", "note", "warning", "error"]
    require(log["version"]?.stringValue == "2.1.0", "version is not 2.1.0")
    require(log["$schema"]?.stringValue?.hasPrefix("https://") == true, "$schema is not a URI")
    guard let runs = log["runs"]?.arrayValue, runs.count == 1 else { return problems + ["runs is not one run"] }
    let run = runs[0]
    guard let driver = run["tool"]?["driver"] else { return problems + ["tool.driver is missing"] }
    require(driver["name"]?.stringValue == "sdgen", "driver.name is not sdgen")
    if let uri = driver["informationUri"] { require(uri.stringValue?.hasPrefix("https://") == true, "informationUri") }
    require(["unicodeCodePoints", "utf16CodeUnits"].contains(run["columnKind"]?.stringValue ?? ""), "columnKind")
    let rules = driver["rules"]?.arrayValue ?? []
    var ids = Set<String>()
    for (index, rule) in rules.enumerated() {
      let path = "rules[\(index)]"
      guard let id = rule["id"]?.stringValue else {
        problems.append("\(path).id is missing")
        continue
      }
      require(ids.insert(id).inserted, "\(path).id is not unique")
      requireText(rule["shortDescription"], "\(path).shortDescription")
      requireText(rule["fullDescription"], "\(path).fullDescription")
      requireText(rule["help"], "\(path).help")
      if let helpURI = rule["helpUri"] {
        require(helpURI.stringValue?.hasSuffix("docs/rules/\(id).md") == true, "\(path).helpUri")
      }
      require(levels.contains(rule["defaultConfiguration"]?["level"]?.stringValue ?? ""), "\(path) level")
    }
    for (index, result) in results(of: log).enumerated() {
      let path = "results[\(index)]"
      requireText(result["message"], "\(path).message")
      require(levels.contains(result["level"]?.stringValue ?? ""), "\(path).level")
      let ruleIndex = number(result["ruleIndex"]).map { Int($0) } ?? -1
      require(
        rules.indices.contains(ruleIndex) && rules[ruleIndex]["id"] == result["ruleId"],
        "\(path).ruleIndex does not point at its ruleId")
      let locations = result["locations"]?.arrayValue ?? []
      require(!locations.isEmpty, "\(path).locations is empty")
      for location in locations {
        let physical = location["physicalLocation"]
        require(!(physical?["artifactLocation"]?["uri"]?.stringValue ?? "").isEmpty, "\(path) uri is missing")
        let region = physical?["region"]
        let bounds = ["startLine", "startColumn", "endLine", "endColumn"].map { number(region?[$0]) ?? 0 }
        require(bounds.allSatisfy { $0 >= 1 }, "\(path) region has a value below 1")
        require((bounds[2], bounds[3]) >= (bounds[0], bounds[1]), "\(path) region ends before it starts")
      }
      let fingerprints = result["partialFingerprints"]?.objectValue ?? [:]
      require(!fingerprints.isEmpty && fingerprints.values.allSatisfy { $0.stringValue != nil }, "\(path) fingerprints")
    }
    return problems
  }

  @Test func goldenReportMeetsTheSchemaRequirements() throws {
    let log = try parse(OutputGoldenTests.report)
    #expect(schemaProblems(log) == [])
    #expect(results(of: log).count == 11)
  }

  @Test func linksRulePagesOnlyWhenTheToolHasAHomePage() throws {
    let withoutHome = try parse(OutputGoldenTests.report)
    let driver = withoutHome["runs"]?.arrayValue?.first?["tool"]?["driver"]
    #expect(driver?["informationUri"] == nil)
    #expect(driver?["rules"]?.arrayValue?.first?["helpUri"] == nil)
    let withHome = try parse(OutputGoldenTests.report, SARIFFormatter(informationURI: "https://example.org/sdgen"))
    #expect(schemaProblems(withHome) == [])
    let rule = try #require(withHome["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue?.first)
    let id = try #require(rule["id"]?.stringValue)
    #expect(rule["helpUri"]?.stringValue == "https://example.org/sdgen/blob/main/docs/rules/\(id).md")
  }

  @Test func validatorCatchesABrokenLog() throws {
    let broken = try JSONValue.parse(Array(#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}}}]}"#.utf8))
    #expect(schemaProblems(broken).contains("driver.name is not sdgen"))
  }

  private func report(path: String, text: String, _ diagnostics: [Diagnostic], rules: [RuleInfo] = []) -> LintReport {
    LintReport(
      files: [LintReport.File(path: path, source: SourceText(path: path, text: text), diagnostics: diagnostics)],
      rules: rules)
  }

  private func diagnostic(line: Int, rule: RuleID = RuleID("gce/unknown-zone")) -> Diagnostic {
    Diagnostic(rule: rule, severity: .error, message: "m", range: SourceRange(line: line, column: 3, length: 2))
  }

  @Test func addsAMinimalRuleForARuleIdTheReportDoesNotDescribe() throws {
    let log = try parse(report(path: "p.yml", text: "a\n", [diagnostic(line: 1, rule: RuleID("x/unlisted"))]))
    #expect(schemaProblems(log) == [])
    let rule = try #require(log["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue?.first)
    #expect(rule["id"]?.stringValue == "x/unlisted")
    #expect(rule["defaultConfiguration"]?["level"]?.stringValue == "error")
  }

  @Test func writesInfosAsNotesAndIncludesHelpAndNotesInTheMessage() throws {
    let info = Diagnostic(
      rule: RuleID("r/x"), severity: .info, message: "m", range: .fileStart, help: "h", notes: ["n"])
    let result = try #require(results(of: try parse(report(path: "p.yml", text: "a\n", [info]))).first)
    #expect(result["level"]?.stringValue == "note")
    #expect(result["message"]?["text"]?.stringValue == "m\nhelp: h\nnote: n")
  }

  @Test func makesPathsRelativeToTheSourceRootAndPercentEncodesThem() {
    let formatter = SARIFFormatter(sourceRoot: "/repo")
    #expect(formatter.artifactURI(for: "/repo/conf/prom etheus.yml") == ("conf/prom%20etheus.yml", true))
    #expect(formatter.artifactURI(for: "./conf/a:b#c%.yml") == ("conf/a%3Ab%23c%25.yml", true))
    #expect(formatter.artifactURI(for: "环境.yml") == ("%E7%8E%AF%E5%A2%83.yml", true))
    #expect(formatter.artifactURI(for: "/repository/x.yml") == ("file:///repository/x.yml", false))
    #expect(SARIFFormatter().artifactURI(for: "/etc/prometheus.yml") == ("file:///etc/prometheus.yml", false))
  }

  @Test func leavesOutTheBaseIdForAnAbsoluteURI() throws {
    let log = try parse(report(path: "/etc/p.yml", text: "a\n", [diagnostic(line: 1)]))
    let artifact = results(of: log).first?["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]
    #expect(artifact == .object(["uri": .string("file:///etc/p.yml")]))
  }

  private func fingerprints(_ text: String, _ diagnostics: [Diagnostic]) throws -> [String] {
    try results(of: try parse(report(path: "p.yml", text: text, diagnostics))).map {
      try #require($0["partialFingerprints"]?[SARIFFormatter.fingerprintName]?.stringValue)
    }
  }

  @Test func fingerprintsSurviveLinesAddedAboveAndReindentation() throws {
    let before = try fingerprints("a: 1\nzone: us-central1-z\n", [diagnostic(line: 2)])
    let after = try fingerprints("# new comment\n\na: 1\n  zone: us-central1-z  \n", [diagnostic(line: 4)])
    #expect(before == after)
    let changed = try fingerprints("a: 1\nzone: us-central1-y\n", [diagnostic(line: 2)])
    #expect(changed != before)
  }

  @Test func fingerprintsCountRepeatedIdenticalLines() throws {
    let prints = try fingerprints(
      "zone: x\nzone: x\nzone: y\n", [diagnostic(line: 1), diagnostic(line: 2), diagnostic(line: 3)])
    #expect(prints.map { $0.split(separator: ":").last } == ["1", "2", "1"])
    #expect(prints[0].dropLast() == prints[1].dropLast())
    #expect(prints[0].count == 18)
  }
}
