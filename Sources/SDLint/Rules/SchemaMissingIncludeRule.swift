import SDCore

/// `schema/missing-include`: a `scrape_config_files` entry naming a file that does not exist or cannot be read.
package struct SchemaMissingIncludeRule: ReportedRule {
  /// The rule id.

  package init() {}

  package let info = RuleInfo(
    id: .schemaMissingInclude,
    summary: "A scrape_config_files entry names a file that does not exist or cannot be read.",
    rationale: """
      Prometheus resolves scrape_config_files with a glob relative to the configuration file's directory, \
      and a glob that matches nothing is not an error: a misspelt file name or a path written relative to \
      the wrong directory loads fine and silently drops every job of that file. A pattern with a wildcard \
      may legitimately match nothing and is not reported. A matched file that cannot be read (a directory, \
      no permission) makes Prometheus refuse the configuration and is an error.
      """,
    defaultSeverity: .warning)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_config_files:
        - ↓jobs/does-not-exist.yml
      """),
    .clean(
      """
      scrape_config_files:
        - jobs/does-not-exist/*.yml
      """),
  ]
}
