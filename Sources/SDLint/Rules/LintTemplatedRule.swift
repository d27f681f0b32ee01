import SDCore

/// `lint/templated`: a file that holds templating placeholders, said once per file.
package struct LintTemplatedRule: LintRule {
  /// The rule id.

  package init() {}

  package let info = RuleInfo(
    id: .lintTemplated,
    summary: "The file is an unrendered template; values holding a placeholder are not checked.",
    rationale: """
      Files rendered by envsubst, Terraform, Helm, Ansible or a shell heredoc hold placeholders such as \
      `${PROJECT}`, `$zone`, `{{ .Values.x }}`, `{NAME}` or `%{ if x }` instead of values. Reading \
      `${PROJECT}` as a project id would report a typo the rendering removes, so a value that is a placeholder \
      is not checked as a project, zone, duration or number; a value with a placeholder inside \
      (`prod_${ENV}`) is checked only where its literal parts alone prove a mistake; and a line holding \
      nothing but a directive (`%{ if x ~}`, `{{ include "…" }}`) is read as blank. Lint the rendered file \
      for a full check, or pass `--placeholders=off` (or `placeholders: off` in `.sdgen.yml`) to check every \
      value as written.
      """,
    defaultSeverity: .info)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          scrape_interval: ↓${SCRAPE_INTERVAL}
          gce_sd_configs:
            - project: ${PROJECT}
              zone: {{ .Values.zone }}
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node  # rendered by envsubst from ${TEMPLATE}
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_private_ip]
              target_label: __address__
              replacement: '${1}:9100'
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    guard let first = context.placeholders.all.first else { return [] }
    let syntaxes = context.placeholders.syntaxes.map(\.example)
    let listed =
      syntaxes.count == 1 ? syntaxes[0] : syntaxes.dropLast().joined(separator: ", ") + " and " + syntaxes.last!
    let source = context.source
    let start = SourcePosition(
      line: source.line(containing: first.bytes.lowerBound),
      column: source.column(of: first.bytes.lowerBound))
    return [
      Diagnostic(
        rule: info.id, severity: info.defaultSeverity,
        message:
          "this file looks like an unrendered template (placeholders like \(listed)), so values holding a "
          + "placeholder are not checked",
        range: SourceRange(at: start),
        help: "lint the rendered file for a full check, or pass --placeholders=off to check every value as written")
    ]
  }
}
