import Testing

@testable import PrometheusModel
@testable import SDSimulate

/// The relabel engine: every action with Prometheus's runtime semantics (reference §6.4).
@Suite struct RelabelEngineTests {
  private let instance: LabelSet = [
    "__address__": "10.0.0.5:80",
    "__meta_gce_instance_name": "web-1",
    "__meta_gce_label_env": "prod",
    "__meta_gce_label_team": "core",
    "__meta_gce_tags": ",web,db,",
  ]

  private func rule(_ action: String, _ fields: [RelabelConfig.Field: String] = [:], sources: [String]? = nil)
    -> RelabelConfig
  {
    var config = RelabelConfig()
    config.action = action
    config.setFields.insert(.action)
    if let sources {
      config.sourceLabels = sources
      config.setFields.insert(.sourceLabels)
    }
    for (field, value) in fields {
      config.setFields.insert(field)
      switch field {
      case .separator: config.separator = value
      case .regex: config.regex = value
      case .modulus: config.modulus = UInt64(value)!
      case .targetLabel: config.targetLabel = value
      case .replacement: config.replacement = value
      case .action, .sourceLabels: break
      }
    }
    return config
  }

  private func run(_ rules: [RelabelConfig], _ labels: LabelSet, _ version: PrometheusVersion = .v2_42) throws
    -> RelabelOutcome
  {
    try Relabeler(rules: rules, version: version).apply(to: labels)
  }

  @Test func replaceRewritesTheAddress() throws {
    let address = rule(
      "replace", [.regex: #"([^:]+):\d+"#, .targetLabel: "__address__", .replacement: "${1}:9100"],
      sources: ["__address__"])
    let labels = try #require(try run([address], instance).labels)
    #expect(labels["__address__"] == "10.0.0.5:9100")
    #expect(labels.count == instance.count)
  }

  @Test func replaceWithoutMatchChangesNothing() throws {
    let noMatch = rule("replace", [.regex: "db-.*", .targetLabel: "role"], sources: ["__meta_gce_instance_name"])
    #expect(try run([noMatch], instance) == .kept(instance))
  }

  @Test func emptyReplacementResultDeletesTheTarget() throws {
    var labels = instance
    labels["node"] = "old"
    let suffix = rule("replace", [.targetLabel: "node", .replacement: "$1_vm"], sources: ["__meta_gce_instance_name"])
    #expect(try run([suffix], labels) == .kept(instance))
    let braced = rule(
      "replace", [.targetLabel: "node", .replacement: "${1}_vm"], sources: ["__meta_gce_instance_name"])
    #expect(try run([braced], labels).labels?["node"] == "web-1_vm")
  }

  @Test func sourceLabelsJoinWithSeparatorAndMissingLabelsAreEmpty() throws {
    let joined = rule(
      "replace", [.separator: "-", .targetLabel: "joined"],
      sources: ["__meta_gce_label_env", "__meta_gce_label_missing", "__meta_gce_label_team"])
    #expect(try run([joined], instance).labels?["joined"] == "prod--core")
    let defaultSeparator = rule("replace", [.targetLabel: "joined"], sources: ["__meta_gce_label_env", "nothing"])
    #expect(try run([defaultSeparator], instance).labels?["joined"] == "prod;")
  }

  @Test func replaceWithTemplatedTargetDiffersBetweenVersions() throws {
    let labels: LabelSet = ["key": "a-b", "a-b": "old"]
    let templated = rule("replace", [.targetLabel: "$1", .replacement: "new"], sources: ["key"])
    // 2.42: "a-b" is not a legacy name, so the literal target "$1" is deleted (a no-op here).
    #expect(try run([templated], labels, .v2_42) == .kept(labels))
    // 2.50+ with legacy names: the rule is skipped.
    #expect(try run([templated], labels, PrometheusVersion(2, 50)) == .kept(labels))
    // 3.x with UTF-8 names: "a-b" is a valid name and is written.
    #expect(try run([templated], labels, .newest).labels?["a-b"] == "new")
    let erase = rule("replace", [.targetLabel: "$1", .replacement: ""], sources: ["key"])
    let valid: LabelSet = ["key": "env", "env": "prod"]
    #expect(try run([erase], valid, .v2_42) == .kept(valid))
    #expect(try run([erase], valid, .newest) == .kept(["key": "env"]))
  }

  @Test func keepAndDropReportTheRuleAndTheValue() throws {
    let keepWeb = rule("keep", [.regex: ".*,web,.*"], sources: ["__meta_gce_tags"])
    #expect(try run([keepWeb], instance) == .kept(instance))
    let keepExact = rule("keep", [.regex: "web"], sources: ["__meta_gce_tags"])
    #expect(
      try run([keepWeb, keepExact], instance) == .dropped(RelabelDrop(ruleIndex: 1, action: .keep, value: ",web,db,")))
    let dropProd = rule("drop", [.regex: "prod"], sources: ["__meta_gce_label_env"])
    #expect(try run([dropProd], instance) == .dropped(RelabelDrop(ruleIndex: 0, action: .drop, value: "prod")))
    #expect(try run([rule("keep")], instance) == .kept(instance))
    #expect(try run([rule("drop")], instance) == .dropped(RelabelDrop(ruleIndex: 0, action: .drop, value: "")))
  }

  @Test func keepEqualAndDropEqualCompareWithTheTarget() throws {
    let labels: LabelSet = ["a": "x", "b": "x", "c": "y"]
    let keepSame = rule("keepequal", [.targetLabel: "b"], sources: ["a"])
    #expect(try run([keepSame], labels) == .kept(labels))
    let keepOther = rule("keepequal", [.targetLabel: "c"], sources: ["a"])
    #expect(try run([keepOther], labels) == .dropped(RelabelDrop(ruleIndex: 0, action: .keepequal, value: "x")))
    let dropSame = rule("dropequal", [.targetLabel: "b"], sources: ["a"])
    #expect(try run([dropSame], labels) == .dropped(RelabelDrop(ruleIndex: 0, action: .dropequal, value: "x")))
    let dropMissing = rule("dropequal", [.targetLabel: "missing"], sources: ["absent"])
    #expect(try run([dropMissing], labels) == .dropped(RelabelDrop(ruleIndex: 0, action: .dropequal, value: "")))
  }

  @Test func hashmodUsesTheLastEightBytesOfMD5() throws {
    // Expected values from python3: int.from_bytes(hashlib.md5(v.encode()).digest()[8:], 'big') % m
    // "10.0.0.5:9100" -> 11844482089502435870; "web-1" -> 7781842618994175048; "" -> 16825458760271544958.
    #expect(Relabeler.hashmod("10.0.0.5:9100", modulus: 3) == 2)
    #expect(Relabeler.hashmod("10.0.0.5:9100", modulus: 10) == 0)
    #expect(Relabeler.hashmod("web-1", modulus: 10) == 8)
    #expect(Relabeler.hashmod("", modulus: 10) == 8)
    #expect(Relabeler.hashmod("web-1", modulus: UInt64.max) == 7_781_842_618_994_175_048)
    let shard = rule("hashmod", [.modulus: "10", .targetLabel: "__tmp_shard"], sources: ["__meta_gce_instance_name"])
    #expect(try run([shard], instance).labels?["__tmp_shard"] == "8")
  }

  @Test func labelmapCopiesMatchingLabels() throws {
    let map = rule("labelmap", [.regex: "__meta_gce_label_(.+)"])
    let labels = try #require(try run([map], instance).labels)
    #expect(labels["env"] == "prod")
    #expect(labels["team"] == "core")
    #expect(labels["__meta_gce_label_env"] == "prod")
    #expect(labels.count == instance.count + 2)
  }

  @Test func labeldropAndLabelkeepFilterNames() throws {
    let drop = rule("labeldrop", [.regex: "__meta_gce_label_.*"])
    #expect(
      try run([drop], instance).labels?.dictionary.keys.sorted() == [
        "__address__", "__meta_gce_instance_name", "__meta_gce_tags",
      ])
    let keep = rule("labelkeep", [.regex: "__address__|__meta_gce_label_env"])
    #expect(try run([keep], instance) == .kept(["__address__": "10.0.0.5:80", "__meta_gce_label_env": "prod"]))
  }

  @Test func lowercaseAndUppercaseMapEachScalarLikeGo() throws {
    let labels: LabelSet = ["name": "Straße-ÀB-İ"]
    let lower = rule("lowercase", [.targetLabel: "lower"], sources: ["name"])
    let upper = rule("uppercase", [.targetLabel: "upper"], sources: ["name"])
    let result = try #require(try run([lower, upper], labels).labels)
    #expect(result["lower"] == "straße-àb-i")
    #expect(result["upper"] == "STRAßE-ÀB-İ")
  }

  @Test func traceRecordsEveryStep() throws {
    let rules = [
      rule("labelmap", [.regex: "__meta_gce_label_(env)"]),
      rule("replace", [.regex: "nomatch", .targetLabel: "x"], sources: ["env"]),
      rule("keep", [.regex: "staging"], sources: ["env"]),
    ]
    let trace = try Relabeler(rules: rules, version: .v2_42).trace(instance)
    var afterMap = instance
    afterMap["env"] = "prod"
    #expect(trace.input == instance)
    #expect(
      trace.steps == [
        RelabelStep(ruleIndex: 0, action: .labelmap, labels: afterMap, changed: true),
        RelabelStep(ruleIndex: 1, action: .replace, labels: afterMap, changed: false),
        RelabelStep(ruleIndex: 2, action: .keep, labels: nil, changed: true),
      ])
    #expect(trace.outcome == .dropped(RelabelDrop(ruleIndex: 2, action: .keep, value: "prod")))
  }

  @Test func invalidRulesAreRefusedWithTheirIndex() {
    let rules = [rule("keep"), rule("hashmod", [.targetLabel: "x"])]
    #expect(
      throws: Relabeler.InvalidRule(
        index: 1,
        error: RelabelValidationError(
          message: "relabel configuration for hashmod requires non-zero modulus", field: .action))
    ) {
      try Relabeler(rules: rules, version: .v2_42)
    }
  }

  @Test func newlineInValuesFollowsTheVersionsAnchoring() throws {
    let labels: LabelSet = ["description": "line one\nline two"]
    let keepAll = rule("keep", [.regex: ".+"], sources: ["description"])
    #expect(try run([keepAll], labels, .v2_42).labels == nil)
    #expect(try run([keepAll], labels, .newest) == .kept(labels))
  }

  @Test func labelSetKeepsByteOrderAndDeletesEmptyValues() {
    var labels: LabelSet = ["b": "2", "a": "1", "_": "u", "B": "3"]
    #expect(labels.labels.map(\.name) == ["B", "_", "a", "b"])
    labels["a"] = ""
    #expect(labels["a"] == nil)
    #expect(labels.value(of: "a") == "")
    #expect(labels.description == #"{B="3", _="u", b="2"}"#)
  }
}
