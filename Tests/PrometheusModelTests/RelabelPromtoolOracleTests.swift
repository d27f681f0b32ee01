import Foundation
import SDTestSupport
import Testing

@testable import PrometheusModel

/// Runs Debian's `promtool check config` (Prometheus 2.42, installed by `.ci/run`) on one file per
/// relabel rule and checks that `validationError(for: .v2_42)` gives exactly promtool's verdict.
@Suite(.enabled(if: OracleTool.promtool.shouldRun, Comment(rawValue: OracleTool.promtool.skipNote)))
struct RelabelPromtoolOracleTests {
  private typealias Fields = [RelabelConfig.Field: String]

  /// Rules as written in YAML: every key given is set, values are single-quoted strings.
  private static let cases: [Fields] = {
    var cases: [Fields] = [
      // An explicit `action: ''` is left out: RelabelConfig cannot tell it from `action:` (null).
      [.action: "keep"], [.action: "Drop", .regex: ".*"], [.action: "foo"],
      [.action: "replace"], [.targetLabel: "x"], [.targetLabel: "foo-bar"], [.targetLabel: "1abc"],
      [.targetLabel: "${1}_x"], [.targetLabel: "$1"], [.targetLabel: "a.b"], [.targetLabel: "$$"],
      [.targetLabel: "${1"], [.targetLabel: "x$"], [.targetLabel: "é"],
      [.action: "hashmod"], [.action: "hashmod", .modulus: "0", .targetLabel: "x"],
      [.action: "hashmod", .modulus: "4"], [.action: "hashmod", .modulus: "4", .targetLabel: "$1"],
      [.action: "hashmod", .modulus: "4", .targetLabel: "t", .regex: "("],
      [.action: "lowercase"], [.action: "lowercase", .targetLabel: "${1}"],
      [.action: "uppercase", .targetLabel: "a-b"],
      [.action: "lowercase", .targetLabel: "x", .replacement: "y"],
      [.action: "uppercase", .targetLabel: "x", .replacement: "$1"],
      [.action: "keepequal", .targetLabel: "x"], [.action: "keepequal", .targetLabel: "x", .regex: "(.*)"],
      [.action: "keepequal", .targetLabel: "x", .separator: ";"],
      [.action: "dropequal", .targetLabel: "x", .separator: ","],
      [.action: "dropequal", .targetLabel: "x", .modulus: "3"],
      [.action: "dropequal", .targetLabel: "x", .replacement: "a"],
      [.action: "keepequal", .sourceLabels: "a", .targetLabel: "x", .replacement: "$1"],
      [.action: "labelmap"], [.action: "labelmap", .replacement: ""], [.action: "labelmap", .replacement: "a-$1"],
      [.action: "labelmap", .replacement: "${1}_x"], [.action: "labelmap", .regex: "__meta_(.+)", .replacement: "x"],
      [.action: "labeldrop"], [.action: "labeldrop", .regex: "tmp_.*"], [.action: "labeldrop", .sourceLabels: ""],
      [.action: "labeldrop", .sourceLabels: "a"], [.action: "labelkeep", .separator: ";"],
      [.action: "labelkeep", .separator: ","], [.action: "labelkeep", .replacement: "$1"],
      [.action: "labelkeep", .replacement: "x"], [.action: "labelkeep", .targetLabel: "x"],
      [.action: "labelkeep", .modulus: "2"], [.action: "keep", .modulus: "2", .targetLabel: "x-y"],
      [.action: "keep", .sourceLabels: "a-b"], [.action: "keep", .sourceLabels: "a,_b,c9"],
      [.action: "keep", .sourceLabels: "9a"], [.action: "foo", .sourceLabels: "a-b"], [.action: "foo", .regex: "("],
    ]
    let regexes = [
      "abc(def", "((", "a)", "a)|(b", "(?=x)", "(?!x)", "(?<=x)", "(?<n>x)", "(?P<n>x)", "(?P<n-1>x)", "(?P<>x)",
      "(?P=n)", "(?i", "(?i-)", "(?--i)", "(a)\\1", "\\8", "\\C", "\\x{110000}", "\\xZ1", "ab\\", "[a", "[z-a]",
      "[[:foo:]]", "[[:alpha:]]", "\\p{Foo}", "\\pX", "\\p{Greek", "\\p{Greek}", "\\pL", "*a", "a|+", "(*)", "(??)",
      "a**", "a*?+", "a{2}{3}", "a{1001}", "a{3,2}", "(a{500}){3}", "a{,3}", "\\Qa.b", "(?)", "(?i-s:a)", "\\z",
      "[\\d-z]", "\\_", "é+", "(?U)a+", "x{2,}", "\\b\\B\\A", "[]a]", "[^]a]", "(?s).*", "(?m)^a$", "\\Q(\\E",
    ]
    cases += regexes.map { [.action: "keep", .regex: $0] }
    return cases
  }()

  @Test func promtoolAgrees() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-relabel-oracle-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for (index, fields) in Self.cases.enumerated() {
      let path = folder.appendingPathComponent("case\(index).yml").path
      try Self.yaml(fields).write(toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    let verdicts = try Self.runPromtool(paths)
    for (index, fields) in Self.cases.enumerated() {
      let expected = verdicts[paths[index]] ?? nil
      let actual = Self.config(fields).validationError(for: .v2_42)?.message
      #expect(actual == expected, "case \(index): \(Self.yaml(fields))")
    }
  }

  private static func config(_ fields: Fields) -> RelabelConfig {
    var config = RelabelConfig()
    for (field, value) in fields {
      config.setFields.insert(field)
      switch field {
      case .sourceLabels: config.sourceLabels = value.isEmpty ? [] : value.split(separator: ",").map(String.init)
      case .separator: config.separator = value
      case .regex: config.regex = value
      case .modulus: config.modulus = UInt64(value)!
      case .targetLabel: config.targetLabel = value
      case .replacement: config.replacement = value
      case .action: config.action = value
      }
    }
    return config
  }

  private static func yaml(_ fields: Fields) -> String {
    var lines = ["scrape_configs:", "  - job_name: oracle", "    relabel_configs:"]
    var first = true
    for field in RelabelConfig.Field.allCases {
      guard let value = fields[field] else { continue }
      let rendered: String
      switch field {
      case .sourceLabels:
        let items = value.isEmpty ? [] : value.split(separator: ",").map { quoted(String($0)) }
        rendered = "[" + items.joined(separator: ", ") + "]"
      case .modulus: rendered = value
      default: rendered = quoted(value)
      }
      lines.append((first ? "      - " : "        ") + "\(field.rawValue): \(rendered)")
      first = false
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func quoted(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// promtool's error message per file, nil for a file it accepts.
  private static func runPromtool(_ paths: [String]) throws -> [String: String?] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try OracleTool.promtool.require())
    process.arguments = ["check", "config", "--syntax-only"] + paths
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var verdicts: [String: String?] = [:]
    for path in paths where stdout.contains(" SUCCESS: \(path) is valid") {
      verdicts[path] = .some(nil)
    }
    for line in stderr.split(separator: "\n") {
      for path in paths {
        let prefix = "  FAILED: parsing YAML file \(path): "
        if line.hasPrefix(prefix) { verdicts[path] = String(line.dropFirst(prefix.count)) }
      }
    }
    #expect(verdicts.count == paths.count, "promtool gave no verdict for some files:\n\(stdout)\n\(stderr)")
    return verdicts
  }
}
