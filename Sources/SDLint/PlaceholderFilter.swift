import SDCore
import PrometheusModel

/// Decides which findings a templating placeholder makes meaningless: a finding that checks a value
/// (its type, a project id, a zone, a filter, a regex) and points at text a placeholder stands in for.
/// Findings about the file's structure (keys, indentation, duplicates) stay, and so do those of rules
/// that judge the literal parts around a placeholder themselves.
struct PlaceholderFilter {
  /// Rules whose findings stay on text with a placeholder.
  static let structuralRules: Set<RuleID> = [
    .yamlSyntax, .yamlEncoding, .yamlLimits, .yamlDuplicateKey, .yamlSecondDocument, .yamlTabs,
    .yamlIndentation, .yamlIndentationStyle, .schemaUnknownKey, .schemaMisplacedKey,
    .schemaVersion, .schemaDuplicateJob, .schemaConflictingKeys, .schemaTopLevel,
    .schemaFragment, .gceNoStatusFilter, .gceProjectID, .relabelRepeatedBlock, .lintDirective,
    .lintTemplated,
  ]

  let source: SourceText
  let placeholders: Placeholders

  /// True when `finding` is about a value a placeholder stands in for.
  func hides(_ finding: Diagnostic) -> Bool {
    guard !placeholders.all.isEmpty, finding.file == nil, finding.range.start.line == finding.range.end.line,
      !Self.structuralRules.contains(finding.rule)
    else { return false }
    let start = source.offset(of: finding.range.start)
    return placeholders.overlaps(start..<max(start, source.offset(of: finding.range.end)))
  }
}
