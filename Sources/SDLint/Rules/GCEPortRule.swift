import SDCore
import SDYAML
import PrometheusModel

/// `gce/port`: a `port` outside 1–65535, or written so that Prometheus reads another number.
package struct GCEPortRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .gceValues }

  package let info = RuleInfo(
    id: .gcePort,
    summary: "A gce_sd_configs port is outside 1-65535 or is a number Prometheus reads differently.",
    rationale: """
      Prometheus accepts any integer as the port and appends it to each instance's private IP, so a port \
      of 0, a negative port or 70000 loads fine but every target is down: an error, unless the job rewrites \
      `__address__` in its relabel_configs, which can make the port irrelevant (then a warning). YAML 1.1 \
      number rules surprise too (warnings): `0120` is octal and becomes port 80, `09100` and `9100.7` are \
      floats that Prometheus truncates.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              port: ↓70000
            - project: ml-platform-a
              zone: us-east1-c
              port: ↓0120
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              port: 9100
      """),
  ]

  /// The `gce_sd_configs` entries of the jobs whose relabel_configs write `__address__`.
  private static func entriesOfJobsRewritingAddress(_ config: PrometheusConfig) -> Set<YAMLNode.ID?> {
    var entries: Set<YAMLNode.ID?> = []
    for job in config.scrapeConfigs where job.relabelConfigs.contains(where: { $0.targetLabel == "__address__" }) {
      entries.formUnion(job.gceSDConfigs.map(\.node))
    }
    return entries
  }

  /// The highest TCP port.
  static let highestPort: Int64 = 65_535

  package func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let values = context.gceValues
    // Made only when a port is out of range.
    var rewritingEntries: Set<YAMLNode.ID?>?
    for value in values[.port] {
      let node = context.document[value.node]
      guard node.style == .plain, node.tag == nil, !node.isNull else { continue }
      let port = values.entries[value.entry].port
      // The usual `9100` is an int as written: only other spellings need the full YAML 1.1 resolution,
      // and only they can read as another number than their digits say.
      let resolved: YAMLScalar
      let isPlainDecimal = Self.isPlainDecimal(node.value)
      if isPlainDecimal {
        resolved = .int(port)
      } else if let scalar = try? YAMLScalar.resolve(node) {
        resolved = scalar
      } else {
        continue
      }
      let message: String
      let help: String
      var severity = info.defaultSeverity
      switch resolved {
      case .int, .float:
        if !(1...Self.highestPort).contains(port) {
          message = "port \(port) is outside 1-65535, so no target of this entry can be scraped"
          help = "set the port the exporter listens on, e.g. 9100 for node_exporter"
          if rewritingEntries == nil { rewritingEntries = Self.entriesOfJobsRewritingAddress(context.config) }
          if rewritingEntries?.contains(values.entries[value.entry].node) == false { severity = .error }
        } else if !isPlainDecimal, let surprise = Self.surprise(node.value, resolved: resolved, port: port) {
          (message, help) = surprise
        } else {
          continue
        }
      default:
        continue
      }
      diagnostics.append(
        Diagnostic(rule: info.id, severity: severity, message: message, range: node.range, help: help))
    }
    return diagnostics
  }

  /// True for 1 to 9 decimal digits without a leading zero, which YAML 1.1 reads as that integer.
  private static func isPlainDecimal(_ text: String) -> Bool {
    let digits = text.utf8
    guard let first = digits.first, first != UInt8(ascii: "0"), digits.count <= 9 else { return false }
    return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }

  /// Message and help when `text` reads as a port other than its digits suggest (legacy octal, float).
  private static func surprise(_ text: String, resolved: YAMLScalar, port: Int64) -> (String, String)? {
    let digits = text.drop { $0 == "+" }
    switch resolved {
    case .int where digits.count > 1 && digits.first == "0" && digits.allSatisfy(\.isASCIIDigit):
      return (
        "port '\(text)' has a leading zero, so Prometheus reads it as the octal number \(port)",
        "write \(port) if that is meant, or \(digits.drop { $0 == "0" }) without the leading zero"
      )
    case .float:
      return (
        "port '\(text)' is not a whole decimal number, so Prometheus reads it as \(port)",
        "write the port as a plain integer: \(port)"
      )
    default:
      return nil
    }
  }
}
