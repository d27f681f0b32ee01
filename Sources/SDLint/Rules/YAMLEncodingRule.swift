import SDCore
import SDYAML

/// `yaml/encoding`: bytes that are not UTF-8 text, or control characters YAML forbids.
package struct YAMLEncodingRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlEncoding,
    summary: "The file is not valid UTF-8 text or contains a forbidden control character.",
    rationale: """
      YAML must be Unicode text. Invalid UTF-8, NUL bytes and other control characters make Prometheus \
      refuse the file; they usually come from a binary file, a wrong editor encoding or a bad copy and paste.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged("global:\n  scrape_interval: 15s↓\u{7}\n"),
    .clean("global:\n  scrape_interval: 15s\n"),
  ]
}
