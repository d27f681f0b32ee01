import Foundation
import Testing

@testable import SDCore
@testable import PrometheusModel
import SDTestSupport

/// Prometheus's relabel validation (reference §6.2): order, exact messages, version differences.
@Suite struct RelabelValidationTests {
  private func rule(
    action: String? = nil, sourceLabels: [String]? = nil, separator: String? = nil, regex: String? = nil,
    modulus: UInt64? = nil, targetLabel: String? = nil, replacement: String? = nil
  ) -> RelabelConfig {
    var config = RelabelConfig()
    if let action {
      config.action = action
      config.setFields.insert(.action)
    }
    if let sourceLabels {
      config.sourceLabels = sourceLabels
      config.setFields.insert(.sourceLabels)
    }
    if let separator {
      config.separator = separator
      config.setFields.insert(.separator)
    }
    if let regex {
      config.regex = regex
      config.setFields.insert(.regex)
    }
    if let modulus {
      config.modulus = modulus
      config.setFields.insert(.modulus)
    }
    if let targetLabel {
      config.targetLabel = targetLabel
      config.setFields.insert(.targetLabel)
    }
    if let replacement {
      config.replacement = replacement
      config.setFields.insert(.replacement)
    }
    return config
  }

  private func message(_ config: RelabelConfig, _ version: PrometheusVersion = .v2_42) -> String? {
    config.validationError(for: version)?.message
  }

  @Test func validRulesPass() {
    #expect(message(rule(sourceLabels: ["a"], targetLabel: "b")) == nil)
    #expect(message(rule(action: "keep")) == nil)
    #expect(message(rule(action: "DROP", regex: ".*")) == nil)
    #expect(message(rule(action: "Replace", targetLabel: "${1}_x")) == nil)
    #expect(message(rule(action: "keepequal", sourceLabels: ["a"], separator: ";", targetLabel: "b")) == nil)
    #expect(message(rule(action: "labeldrop", separator: ";", regex: "tmp_.*", replacement: "$1")) == nil)
    #expect(message(rule(action: "labelmap", regex: "__meta_gce_label_(.+)")) == nil)
    #expect(message(rule(action: "hashmod", modulus: 4, targetLabel: "__tmp_hash")) == nil)
    #expect(message(rule(action: "drop", modulus: 3, targetLabel: "ignored")) == nil)
  }

  @Test func actionChecks() {
    var null = rule(action: "")
    null.nullFields = [.action]
    #expect(
      null.validationError(for: .v2_42)
        == RelabelValidationError(message: "relabel action cannot be empty", field: .action))
    #expect(message(rule(action: "")) == #"unknown relabel action """#)
    #expect(message(rule(action: "foo")) == #"unknown relabel action "foo""#)
  }

  @Test func requiredValues() {
    let hashmod = rule(action: "hashmod", regex: "abcdef")
    #expect(
      hashmod.validationError(for: .v2_42)
        == RelabelValidationError(
          message: "relabel configuration for hashmod requires non-zero modulus", field: .action))
    #expect(rule(action: "hashmod", modulus: 0, targetLabel: "x").validationError(for: .v2_42)?.field == .modulus)
    #expect(
      message(rule(action: "hashmod", modulus: 8))
        == "relabel configuration for hashmod action requires 'target_label' value")
    let replace = rule(regex: "abcdef")
    #expect(
      replace.validationError(for: .v2_42)
        == RelabelValidationError(
          message: "relabel configuration for replace action requires 'target_label' value", field: nil))
    for action in ["lowercase", "uppercase", "keepequal", "dropequal"] {
      #expect(
        message(rule(action: action, sourceLabels: ["a"]))
          == "relabel configuration for \(action) action requires 'target_label' value")
    }
  }

  @Test func targetLabelIn2_42() {
    #expect(message(rule(targetLabel: "foo-bar")) == #""foo-bar" is invalid 'target_label' for replace action"#)
    #expect(message(rule(targetLabel: "1abc")) == #""1abc" is invalid 'target_label' for replace action"#)
    #expect(message(rule(targetLabel: "a.b")) == #""a.b" is invalid 'target_label' for replace action"#)
    #expect(message(rule(targetLabel: "$1")) == nil)
    #expect(message(rule(targetLabel: "__meta_x")) == nil)
    #expect(message(rule(action: "lowercase", targetLabel: "${1}")) == nil)
    #expect(
      message(rule(action: "uppercase", targetLabel: "a-b")) == #""a-b" is invalid 'target_label' for uppercase action"#
    )
    #expect(
      message(rule(action: "hashmod", modulus: 2, targetLabel: "$1"))
        == #""$1" is invalid 'target_label' for hashmod action"#)
    let field = rule(targetLabel: "x y").validationError(for: .v2_42)?.field
    #expect(field == .targetLabel)
  }

  @Test func targetLabelInNewest() {
    #expect(message(rule(targetLabel: "foo-bar"), .newest) == nil)
    #expect(message(rule(targetLabel: "$1.x"), .newest) == nil)
    #expect(message(rule(action: "lowercase", targetLabel: "${1}"), .newest) == nil)
    #expect(message(rule(action: "hashmod", modulus: 2, targetLabel: "$1"), .newest) == nil)
    let legacy = LabelName.Validation.legacy
    #expect(
      rule(targetLabel: "foo-bar").validationError(for: .newest, nameValidation: legacy)?.message
        == #""foo-bar" is invalid 'target_label' for replace action"#)
    #expect(rule(targetLabel: "${1}_x").validationError(for: .newest, nameValidation: legacy) == nil)
    #expect(
      rule(action: "lowercase", targetLabel: "${1}").validationError(for: .newest, nameValidation: legacy)?
        .message == #""${1}" is invalid 'target_label' for lowercase action"#)
    #expect(
      rule(action: "hashmod", modulus: 2, targetLabel: "$1").validationError(
        for: .newest, nameValidation: legacy)?.message == #""$1" is invalid 'target_label' for hashmod action"#)
  }

  @Test func replacementChecks() {
    #expect(
      message(rule(action: "lowercase", targetLabel: "a", replacement: "x"))
        == "'replacement' can not be set for lowercase action")
    #expect(message(rule(action: "keepequal", targetLabel: "a", replacement: "$1")) == nil)
    #expect(message(rule(action: "labelmap", replacement: "")) == #""" is invalid 'replacement' for labelmap action"#)
    #expect(
      message(rule(action: "labelmap", replacement: "a-$1")) == #""a-$1" is invalid 'replacement' for labelmap action"#)
    #expect(message(rule(action: "labelmap", replacement: "a-$1"), .newest) == nil)
    #expect(
      message(rule(action: "labelmap", replacement: ""), .newest) == #""" is invalid 'replacement' for labelmap action"#
    )
  }

  @Test func equalityActionsTakeOnlyTheirKeys() {
    let expected = "keepequal action requires only 'source_labels' and `target_label`, and no other fields"
    let anyRegex = rule(action: "keepequal", regex: "(.*)", targetLabel: "b")
    #expect(anyRegex.validationError(for: .v2_42) == RelabelValidationError(message: expected, field: .regex))
    #expect(rule(action: "keepequal", modulus: 2, targetLabel: "b").validationError(for: .v2_42)?.field == .modulus)
    #expect(
      rule(action: "dropequal", separator: ",", targetLabel: "b").validationError(for: .v2_42)?.message
        == "dropequal action requires only 'source_labels' and `target_label`, and no other fields")
  }

  @Test func labelDropAndKeepTakeOnlyRegex() {
    let expected = "labeldrop action requires only 'regex', and no other fields"
    #expect(
      rule(action: "labeldrop", sourceLabels: []).validationError(for: .v2_42)
        == RelabelValidationError(message: expected, field: .sourceLabels))
    #expect(rule(action: "labeldrop", targetLabel: "x").validationError(for: .v2_42)?.field == .targetLabel)
    #expect(
      rule(action: "labelkeep", modulus: 8).validationError(for: .v2_42)?.message
        == "labelkeep action requires only 'regex', and no other fields")
    #expect(rule(action: "labelkeep", replacement: "yolo-{1}").validationError(for: .v2_42)?.field == .replacement)
  }

  @Test func decodeErrorsComeFirst() {
    let badRegex = rule(action: "hashmod", regex: "a(?=b)")
    #expect(
      badRegex.validationError(for: .v2_42)
        == RelabelValidationError(
          message: "error parsing regexp: invalid or unsupported Perl syntax: `(?=`", field: .regex, regexColumn: 2))
    #expect(message(rule(regex: "abc(def"), .newest) == "error parsing regexp: missing closing ): `^(?s:abc(def)$`")
    #expect(message(rule(sourceLabels: ["foo-bar"], targetLabel: "x")) == #""foo-bar" is not a valid label name"#)
    #expect(message(rule(sourceLabels: ["foo-bar"], targetLabel: "x"), .newest) == nil)
    #expect(message(rule(sourceLabels: [""], targetLabel: "x"), .newest) == #""" is not a valid label name"#)
    #expect(message(rule(action: "bogus", sourceLabels: ["a\tb"])) == #""a\tb" is not a valid label name"#)
  }

  /// Every relabel `.bad.yml` of Prometheus's test corpus gives exactly what promtool 2.42 printed.
  @Test(.enabled(if: TestPaths.hasCorpus, Comment(rawValue: TestPaths.noCorpus))) func corpusFilesGivePromtoolsMessages() throws {
    let folder = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    let index = try String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
    let names = [
      "dropequal.bad.yml", "dropequal1.bad.yml", "keepequal.bad.yml", "keepequal1.bad.yml",
      "labeldrop.bad.yml", "labeldrop2.bad.yml", "labeldrop3.bad.yml", "labeldrop4.bad.yml", "labeldrop5.bad.yml",
      "labelkeep.bad.yml", "labelkeep2.bad.yml", "labelkeep3.bad.yml", "labelkeep4.bad.yml", "labelkeep5.bad.yml",
      "modulus_missing.bad.yml", "regex.bad.yml", "lowercase.bad.yml", "uppercase.bad.yml",
      "target_label_missing.bad.yml", "target_label_hashmod_missing.bad.yml", "empty_scrape_config_action.bad.yml",
    ]
    for name in names {
      let row = try #require(index.split(separator: "\n").first { $0.hasPrefix(name + "\t") })
      let prefix = "FAILED: parsing YAML file \(name): "
      let promtool = String(row.split(separator: "\t", omittingEmptySubsequences: false)[3])
      #expect(promtool.hasPrefix(prefix))
      let expected = String(promtool.dropFirst(prefix.count))
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
      let (_, diagnostics) = ConfigDecoder(version: .v2_42).decode(SourceText(path: name, bytes: bytes))
      let messages = diagnostics.filter { $0.rule.rawValue.hasPrefix("relabel/") }.map(\.message)
      #expect(messages.first == expected, "\(name)")
    }
  }
}
