import SDCore
import SDJSON

/// SARIF 2.1.0 for GitHub code scanning: one run whose driver lists the rules with their help,
/// and one result per diagnostic with a 1-based region, a path relative to `%SRCROOT%`, and a
/// fingerprint that stays the same while the flagged line does.
package struct SARIFFormatter: DiagnosticFormatter {
  /// The schema the output declares.
  package static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  /// The name of the fingerprint in `partialFingerprints`.
  package static let fingerprintName = "sdgenLineHash/v1"

  /// The folder relative paths start from; absolute paths under it are made relative to it.
  package var sourceRoot: String?
  /// The tool's home page, if it has one; rule pages are then linked under `<informationURI>/blob/main/`,
  /// otherwise the help names the page's path in the repository.
  package var informationURI: String?
  /// The tool version written as `tool.driver.version`, if known.
  package var toolVersion: String?

  /// Creates the formatter.
  package init(sourceRoot: String? = nil, informationURI: String? = nil, toolVersion: String? = nil) {
    self.sourceRoot = sourceRoot
    self.informationURI = informationURI
    self.toolVersion = toolVersion
  }

  /// The SARIF log, indented by two spaces, followed by a newline.
  package func format(_ report: LintReport) -> String {
    let entries = report.entries
    let rules = Self.descriptors(report.rules, coveringRulesOf: entries)
    var ruleIndex: [RuleID: Int] = [:]
    for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
    var json = JSONWriter(indented: true)
    json.object { json in
      json.member("$schema", Self.schemaURI)
      json.member("version", "2.1.0")
      json.key("runs")
      json.array { json in
        json.object { json in
          json.key("tool")
          json.object { json in
            json.key("driver")
            writeDriver(rules: rules, to: &json)
          }
          json.member("columnKind", "unicodeCodePoints")
          json.key("results")
          json.array { json in
            var occurrences: [String: Int] = [:]
            for entry in entries {
              writeResult(entry, ruleIndex: ruleIndex, occurrences: &occurrences, to: &json)
            }
          }
        }
      }
    }
    return json.output + "\n"
  }

  /// The report's rules, followed by a minimal entry for any rule id a diagnostic uses that they lack.
  private static func descriptors(_ rules: [RuleInfo], coveringRulesOf entries: [ReportedDiagnostic]) -> [RuleInfo] {
    var result = rules
    var known = Set(rules.map(\.id))
    for entry in entries where !known.contains(entry.diagnostic.rule) {
      let id = entry.diagnostic.rule
      known.insert(id)
      result.append(
        RuleInfo(id: id, summary: id.rawValue, rationale: id.rawValue, defaultSeverity: entry.diagnostic.severity))
    }
    return result
  }

  private func writeDriver(rules: [RuleInfo], to json: inout JSONWriter) {
    json.object { json in
      json.member("name", "sdgen")
      if let toolVersion { json.member("version", toolVersion) }
      if let informationURI { json.member("informationUri", informationURI) }
      json.key("rules")
      json.array { json in
        for rule in rules {
          let helpURI = informationURI.map { "\($0)/blob/main/\(rule.docsPath)" }
          json.object { json in
            json.member("id", rule.id.rawValue)
            Self.writeText("shortDescription", rule.summary, to: &json)
            Self.writeText("fullDescription", rule.rationale, to: &json)
            let documentation = helpURI ?? rule.docsPath
            Self.writeText("help", "\(rule.summary)\n\n\(rule.rationale)\n\nDocumentation: \(documentation)", to: &json)
            if let helpURI { json.member("helpUri", helpURI) }
            json.key("defaultConfiguration")
            json.object { json in json.member("level", Self.level(of: rule.defaultSeverity)) }
          }
        }
      }
    }
  }

  private func writeResult(
    _ entry: ReportedDiagnostic, ruleIndex: [RuleID: Int], occurrences: inout [String: Int],
    to json: inout JSONWriter
  ) {
    let diagnostic = entry.diagnostic
    let uri = artifactURI(for: entry.path)
    let fingerprint = Self.fingerprint(of: entry, uri: uri.text, occurrences: &occurrences)
    json.object { json in
      json.member("ruleId", diagnostic.rule.rawValue)
      if let index = ruleIndex[diagnostic.rule] { json.member("ruleIndex", index) }
      json.member("level", Self.level(of: diagnostic.severity))
      var message = diagnostic.message
      if let help = diagnostic.help { message += "\nhelp: \(help)" }
      for note in diagnostic.notes { message += "\nnote: \(note)" }
      Self.writeText("message", message, to: &json)
      json.key("locations")
      json.array { json in
        json.object { json in
          json.key("physicalLocation")
          json.object { json in
            json.key("artifactLocation")
            json.object { json in
              json.member("uri", uri.text)
              if uri.isRelative { json.member("uriBaseId", "%SRCROOT%") }
            }
            json.key("region")
            Self.writeRegion(diagnostic.range, to: &json)
          }
        }
      }
      json.key("partialFingerprints")
      json.object { json in json.member(Self.fingerprintName, fingerprint) }
    }
  }

  private static func writeText(_ name: String, _ text: String, to json: inout JSONWriter) {
    json.key(name)
    json.object { json in json.member("text", text) }
  }

  /// A SARIF region: 1-based, the end column just past the last character, as in `SourceRange`.
  private static func writeRegion(_ range: SourceRange, to json: inout JSONWriter) {
    let start = SourcePosition(line: max(1, range.start.line), column: max(1, range.start.column))
    let end = max(start, range.end)
    json.object { json in
      json.member("startLine", start.line)
      json.member("startColumn", start.column)
      json.member("endLine", end.line)
      json.member("endColumn", end.column)
    }
  }

  private static func level(of severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// The artifact URI of `path`: relative to `sourceRoot` when it lies inside it (or is relative
  /// already), else an absolute `file://` URI; percent-encoded either way.
  func artifactURI(for path: String) -> (text: String, isRelative: Bool) {
    var relative = Substring(path)
    if let sourceRoot, relative.hasPrefix("/") {
      let prefix = sourceRoot.hasSuffix("/") ? sourceRoot : sourceRoot + "/"
      if relative.hasPrefix(prefix) { relative = relative.dropFirst(prefix.count) }
    }
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    if relative.hasPrefix("/") { return ("file://" + Self.percentEncoded(relative), false) }
    return (Self.percentEncoded(relative), true)
  }

  private static func percentEncoded(_ path: Substring) -> String {
    let hex = Array("0123456789ABCDEF")
    var encoded = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        encoded += "%"
        encoded.append(hex[Int(byte >> 4)])
        encoded.append(hex[Int(byte & 0xF)])
      }
    }
    return encoded
  }

  /// `<hash>:<n>`: a 64-bit FNV-1a hash of the rule, the file and the flagged line with surrounding
  /// whitespace trimmed, and which occurrence of that hash in the run this is. It survives lines
  /// being added above, and changes when the flagged line itself changes.
  private static func fingerprint(
    of entry: ReportedDiagnostic, uri: String, occurrences: inout [String: Int]
  ) -> String {
    var line = Substring(entry.source?.line(entry.diagnostic.range.start.line) ?? "")
    if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
    let text = Array(line.utf8)
    let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    let first = text.firstIndex { !isBlank($0) } ?? text.count
    let last = text.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? first
    var bytes = Array(entry.diagnostic.rule.rawValue.utf8)
    bytes.append(0)
    bytes += uri.utf8
    bytes.append(0)
    bytes += text[first..<last]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    let key = String(repeating: "0", count: 16 - hex.count) + hex
    let occurrence = occurrences[key, default: 0] + 1
    occurrences[key] = occurrence
    return "\(key):\(occurrence)"
  }
}
