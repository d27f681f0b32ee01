/// `relabel/never-matches`: a keep, drop or replace whose regex can never match what its GCE source label
/// looks like, or a drop that matches everything.
public struct RelabelNeverMatchesRule: LintRule {
  public init() {}

  public let info = RuleInfo(
    id: "relabel/never-matches",
    summary: "A relabel regex can never match the values of its GCE source label, or a drop matches everything.",
    rationale: """
      Prometheus anchors every relabel regex to the whole value. `__meta_gce_zone`, `__meta_gce_machine_type`, \
      `__meta_gce_network` and `__meta_gce_subnetwork` hold full Compute API URLs, not short names, and \
      `__meta_gce_tags` wraps the tags in the separator (`,web,db,`), so `regex: us-east1-b` or `regex: web` \
      never matches: a keep rule then drops every target, a drop rule drops nothing and a replace rule never \
      writes. Values of the wrong form (a lower-case status, a non-numeric instance id) are caught the same \
      way. A drop whose regex matches every value (`.*`) drops every target.
      """,
    defaultSeverity: .warning)

  public let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_tags]
              regex: ↓web
              action: keep
            - source_labels: [__meta_gce_zone]
              regex: ↓us-east1-(b|c)
              action: keep
            - source_labels: [__meta_gce_instance_status]
              regex: ↓running
              action: keep
            - source_labels: [__meta_gce_machine_type]
              regex: ↓e2-.*
              target_label: family
            - source_labels: [__meta_gce_label_env]
              regex: ↓.*
              action: drop
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
          relabel_configs:
            - source_labels: [__meta_gce_tags]
              regex: .*,web,.*
              action: keep
            - source_labels: [__meta_gce_zone]
              regex: .*/zones/us-east1-(b|c)
              action: keep
            - source_labels: [__meta_gce_instance_status]
              regex: RUNNING
              action: keep
            - source_labels: [__meta_gce_label_env]
              regex: dev|
              action: drop
            - source_labels: [__meta_gce_project]
              regex: ml-.*
              action: keep
      """),
  ]

  public func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var verdicts = ShapeVerdicts()
    let version = context.options.prometheusVersion
    RelabelRuleSite.forEach(in: context.config) { site in
      guard let action = site.rule.knownAction, [.keep, .drop, .replace].contains(action),
        let regex = site.regex(for: version)
      else { return }
      if action == .drop, let finding = dropsEverything(site, regex: regex, context: context) {
        findings.append(finding)
      } else if let finding = neverMatches(site, action: action, regex: regex, verdicts: &verdicts, context: context) {
        findings.append(finding)
      }
    }
    return findings
  }

  /// A drop whose regex matches every value its source labels can take.
  private func dropsEverything(_ site: RelabelRuleSite, regex: RelabelRegex, context: LintContext) -> Diagnostic? {
    let rule = site.rule
    let matchesAll: Bool
    if rule.sourceLabels.isEmpty {
      matchesAll = regex.matchesEmpty
    } else {
      // Before 3.0 `.` stops at a newline, which metadata values may contain.
      let multiLine = rule.sourceLabels.contains { $0.hasPrefix(GCEMetaLabels.metadataPrefix) }
      matchesAll =
        ["(.*)", ".*"].contains(rule.regex) && (context.options.prometheusVersion >= .v3_0 || !multiLine)
    }
    guard matchesAll,
      let place = site.nodes.valueNode(RelabelConfig.Field.regex.rawValue)
        ?? site.nodes.valueNode(RelabelConfig.Field.action.rawValue)
    else { return nil }
    return Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message:
        "this drop rule's regex matches every value, so it drops every \(site.isMetricRelabel ? "sample" : "target")",
      range: context.document[place].range,
      help: "narrow the regex to the values to drop, or remove the rule")
  }

  /// A keep, drop or replace on one GCE label whose regex matches no value of that label's shape.
  private func neverMatches(
    _ site: RelabelRuleSite, action: RelabelAction, regex: RelabelRegex, verdicts: inout ShapeVerdicts,
    context: LintContext
  ) -> Diagnostic? {
    guard !site.isMetricRelabel, site.rule.sourceLabels.count == 1, let label = site.rule.sourceLabels.first,
      let separator = tagSeparator(of: site.gceSDConfigs),
      let shape = verdicts.shape(of: label, tagSeparator: separator),
      let place = site.nodes.valueNode(RelabelConfig.Field.regex.rawValue),
      !verdicts.canMatch(regex, shape), !regex.matchesEmpty
    else { return nil }
    let consequence =
      switch action {
      case .keep: "so this keep rule drops every target"
      case .drop: "so this drop rule never drops anything"
      default: "so this rule never sets '\(site.rule.targetLabel)'"
      }
    let node = context.document[place]
    let suggestion = suggestedRegex(site.rule.regex, shape: shape)
    return Diagnostic(
      rule: info.id, severity: info.defaultSeverity,
      message: """
        regex '\(site.rule.regex)' can never match \(label), whose values look like '\(shape.example)', \
        \(consequence)
        """,
      range: node.range,
      help: suggestion.map { "match the whole value, e.g. regex: '\($0)'" }
        ?? "write a regex for values like '\(shape.example)'; relabel regexes must match the whole value",
      fixes: suggestion.map {
        [
          Fix(
            title: "replace the regex with '\($0)'",
            edits: [TextEdit(range: node.range, replacement: "'" + $0.replacing("'", with: "''") + "'")],
            isSafe: false)
        ]
      } ?? [])
  }

  /// The tag separator shared by the job's GCE discovery entries; nil when none or when they differ.
  private func tagSeparator(of configs: [GCESDConfig]) -> String? {
    guard let first = configs.first?.tagSeparator else { return nil }
    return configs.allSatisfy { $0.tagSeparator == first } ? first : nil
  }

  /// Whether a regex can match a value of a shape, and each label's shape, remembered: large files repeat the
  /// same few rules in every job, and the analysis is far dearer than the lookup.
  private struct ShapeVerdicts {
    private struct Key: Hashable {
      let pattern: String
      let shape: MetaLabelValueShape
    }

    private struct LabelKey: Hashable {
      let label: String
      let tagSeparator: String
    }

    private var known: [Key: Bool] = [:]
    private var shapes: [LabelKey: MetaLabelValueShape?] = [:]

    /// `GCEMetaLabels.valueShape`, remembered per label and tag separator.
    mutating func shape(of label: String, tagSeparator: String) -> MetaLabelValueShape? {
      let key = LabelKey(label: label, tagSeparator: tagSeparator)
      if let shape = shapes[key] { return shape }
      let shape = GCEMetaLabels.valueShape(of: label, tagSeparator: tagSeparator)
      shapes[key] = shape
      return shape
    }

    mutating func canMatch(_ regex: RelabelRegex, _ shape: MetaLabelValueShape) -> Bool {
      let key = Key(pattern: regex.source, shape: shape)
      if let verdict = known[key] { return verdict }
      let verdict = Self.analyse(regex, shape)
      known[key] = verdict
      return verdict
    }

    private static func analyse(_ regex: RelabelRegex, _ shape: MetaLabelValueShape) -> Bool {
      if let values = regex.finiteValues() { return values.contains(where: shape.accepts) }
      switch shape {
      case .url: return regex.canMatch(prefix: MetaLabelValueShape.urlPrefix, suffix: "")
      case .tagList(let separator) where !separator.isEmpty:
        return regex.canMatch(prefix: separator, suffix: separator)
      default: return true
      }
    }
  }

  /// The regex rewritten to match inside a URL or a tag list; nil for other shapes.
  private func suggestedRegex(_ pattern: String, shape: MetaLabelValueShape) -> String? {
    let inner = pattern.contains("|") ? "(?:\(pattern))" : pattern
    switch shape {
    case .url(let marker): return ".*" + marker + inner
    case .tagList(let separator) where !separator.isEmpty:
      let quoted = RelabelNeverMatchesRule.quoteMeta(separator)
      return ".*" + quoted + inner + quoted + ".*"
    default: return nil
    }
  }

  /// Escapes the characters RE2 treats as operators, as Go's `regexp.QuoteMeta` does.
  private static func quoteMeta(_ text: String) -> String {
    var result = ""
    for character in text {
      if #"\.+*?()|[]{}^$"#.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
