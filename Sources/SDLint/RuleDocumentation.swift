/// Renders a rule's documentation page (`docs/rules/<category>/<name>.md`) from its metadata and examples,
/// so the docs can never drift from the code.
package enum RuleDocumentation {
  /// The Markdown page of `rule`.
  package static func page(for rule: any LintRule) -> String {
    let info = rule.info
    var lines: [String] = [
      "# \(info.id)",
      "",
      info.isOnByDefault
        ? "Default severity: **\(info.defaultSeverity.rawValue)**"
        : "Default severity: **\(info.defaultSeverity.rawValue)**, off by default: turn it on with "
          + "`--enable \(info.id)` or in `.sdgen.yml`",
      "",
      info.summary,
      "",
      "## Why",
      "",
      info.rationale,
      "",
    ]
    let flagged = rule.examples.filter(\.isFlagged)
    let clean = rule.examples.filter { !$0.isFlagged }
    if !flagged.isEmpty {
      lines += ["## Flagged", "", "`↓` marks where the finding points.", ""]
      for example in flagged { lines += block(example) }
    }
    if !clean.isEmpty {
      lines += ["## Not flagged", ""]
      for example in clean { lines += block(example) }
    }
    lines += [
      "## Configuration",
      "",
      "Silence one finding with `# sdgen:ignore \(info.id) -- reason` on its line or the line above, or change",
      "the severity in `.sdgen.yml`:",
      "",
      "```yaml",
      "rules:",
      "  \(info.id): off   # or info, warning, error",
      "```",
      "",
    ]
    return lines.joined(separator: "\n")
  }

  /// The index page listing every rule.
  package static func index(for rules: [any LintRule]) -> String {
    var lines = [
      "# sdgen lint rules",
      "",
      "Generated from the rule registry by `sdgen rules --write-docs docs/rules`; a test keeps it in step.",
      "",
      "Default severities follow the [severity policy](../lint.md#severity-policy): **error** when Prometheus",
      "refuses the file or the configuration can never work, **warning** when it is very likely a mistake,",
      "**info** for advice. A rule may raise one finding to error when that finding can never work (noted on",
      "its page). Opt-in rules run only when `--enable` or `.sdgen.yml` turns them on.",
      "",
      "| rule | severity | finds |",
      "|---|---|---|",
    ]
    for rule in rules {
      let info = rule.info
      let severity = info.defaultSeverity.rawValue + (info.isOnByDefault ? "" : " (opt-in)")
      lines.append("| [`\(info.id)`](\(info.id).md) | \(severity) | \(info.summary) |")
    }
    lines.append("")
    return lines.joined(separator: "\n")
  }

  private static func block(_ example: RuleExample) -> [String] {
    var lines = ["```yaml"]
    let text = example.text.hasSuffix("\n") ? String(example.text.dropLast()) : example.text
    lines.append(text)
    lines.append("```")
    if let version = example.version { lines.append("(with `--prometheus-version \(version)`)") }
    if !example.knownProjects.isEmpty {
      lines.append("(with `known_projects: [\(example.knownProjects.sorted().joined(separator: ", "))]` in `.sdgen.yml`)")
    }
    if let base = example.base {
      lines += ["", "rendered with `--base` into:", "", "```yaml", base.hasSuffix("\n") ? String(base.dropLast()) : base, "```"]
    }
    lines.append("")
    return lines
  }
}
