import GoRegex
import SDCore
import GCEKnowledge
import PrometheusModel

/// `relabel/never-matches`: a keep, drop or replace whose regex can never match what its GCE source label
/// looks like, or a drop that matches everything.
package struct RelabelNeverMatchesRule: LintRule {
  package init() {}

  package var sharedTable: LintSharedTable? { .relabelSites }

  package let info = RuleInfo(
    id: .relabelNeverMatches,
    summary: "A relabel regex can never match the values of its GCE source label, or a drop matches everything.",
    rationale: """
      Prometheus anchors every relabel regex to the whole value. `__meta_gce_zone`, `__meta_gce_machine_type`, \
      `__meta_gce_network` and `__meta_gce_subnetwork` hold full Compute API URLs, not short names, and \
      `__meta_gce_tags` wraps the tags in the separator (`,web,db,`), so `regex: us-east1-b` or `regex: web` \
      never matches: a keep rule then drops every target, a drop rule drops nothing and a replace rule never \
      writes. Values of the wrong form (a lower-case status, a non-numeric instance id) are caught the same \
      way. A drop whose regex matches every value (`.*`) drops every target. A keep that can never match and \
      a target drop that matches everything are errors (the job scrapes nothing); the other findings are \
      warnings. A drop-all written as the last rule of `metric_relabel_configs` is deliberate and not \
      reported: it keeps the automatic `up` and `scrape_*` series, so the job checks reachability alone.
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
          metric_relabel_configs:
            - source_labels: [__name__]
              regex: ↓.*
              action: drop
            - source_labels: [__name__]
              regex: go_.*
              action: keep
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
          metric_relabel_configs:
            # Only reachability matters here: up and scrape_* are not relabelled.
            - source_labels: [__name__]
              regex: .*
              action: drop
      """),
  ]

  package func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var verdicts = ShapeVerdicts(version: context.options.prometheusVersion, regexes: context.caches.regexes)
    for site in context.relabelSites {
      guard let action = site.action, action == .keep || action == .drop || action == .replace else { continue }
      if action == .drop, let finding = dropsEverything(site, context: context) {
        findings.append(finding)
      } else if let finding = neverMatches(site, action: action, verdicts: &verdicts, context: context) {
        findings.append(finding)
      }
    }
    return findings
  }

  /// A drop whose regex matches every value its source labels can take. In `metric_relabel_configs` a
  /// drop-all written out as the last rule is deliberate: the automatic series (`up`, `scrape_*`) stay, so
  /// the job checks reachability without storing samples.
  private func dropsEverything(_ site: RelabelRuleSite, context: LintContext) -> Diagnostic? {
    let rule = site.rule
    if site.isMetricRelabel, site.isLast, site.nodes.valueNode(RelabelConfig.Field.regex.rawValue) != nil {
      return nil
    }
    let matchesAll: Bool
    if rule.sourceLabels.isEmpty {
      matchesAll = site.regex(for: context.options.prometheusVersion)?.matchesEmpty ?? false
    } else {
      // Before 3.0 `.` stops at a newline, which metadata values may contain.
      let multiLine = rule.sourceLabels.contains { $0.hasPrefix(GCEMetaLabels.metadataPrefix) }
      matchesAll =
        (rule.regex == "(.*)" || rule.regex == ".*") && (context.options.prometheusVersion >= .v3_0 || !multiLine)
    }
    guard matchesAll,
      let place = site.nodes.valueNode(RelabelConfig.Field.regex.rawValue)
        ?? site.nodes.valueNode(RelabelConfig.Field.action.rawValue)
    else { return nil }
    // Dropping every target means the job scrapes nothing: it can never work.
    return Diagnostic(
      rule: info.id, severity: site.isMetricRelabel ? info.defaultSeverity : .error,
      message:
        "this drop rule's regex matches every value, so it drops every \(site.isMetricRelabel ? "sample" : "target")",
      range: context.document[place].range,
      help: site.isMetricRelabel
        ? "narrow the regex to the series to drop; to keep only up and scrape_* series, make this the last rule"
        : "narrow the regex to the values to drop, or remove the rule")
  }

  /// A keep, drop or replace on one GCE label whose regex matches no value of that label's shape.
  private func neverMatches(
    _ site: RelabelRuleSite, action: RelabelAction, verdicts: inout ShapeVerdicts, context: LintContext
  ) -> Diagnostic? {
    guard !site.isMetricRelabel, site.sourceLabels.count == 1, let label = site.sourceLabels.first,
      let place = site.nodes.valueNode(RelabelConfig.Field.regex.rawValue),
      let separator = tagSeparator(of: site.gceSDConfigs),
      let shape = verdicts.unmatchedShape(pattern: site.pattern, label: label, tagSeparator: separator)
    else { return nil }
    let consequence =
      switch action {
      case .keep: "so this keep rule drops every target"
      case .drop: "so this drop rule never drops anything"
      default: "so this rule never sets '\(site.rule.targetLabel)'"
      }
    let node = context.document[place]
    let suggestion = suggestedRegex(site.rule.regex, shape: shape)
    // A keep that can never match drops every target: the job scrapes nothing.
    return Diagnostic(
      rule: info.id, severity: action == .keep ? .error : info.defaultSeverity,
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
            edits: [TextEdit(range: node.valueRange, replacement: "'" + $0.replacing("'", with: "''") + "'")],
            isSafe: false)
        ]
      } ?? [])
  }

  /// The tag separator shared by the job's GCE discovery entries; nil when none or when they differ.
  private func tagSeparator(of configs: [GCESDConfig]) -> String? {
    guard let first = configs.first?.tagSeparator else { return nil }
    return configs.allSatisfy { $0.tagSeparator == first } ? first : nil
  }

  /// Whether a regex can match the values of a label, remembered: large files repeat the same few rules in
  /// every job, and compiling and analysing a regex is far dearer than the lookup.
  private struct ShapeVerdicts {
    /// A pattern read against one label; hashed by the pattern alone, which nearly always tells keys apart.
    private struct Key: Hashable {
      let pattern: TextKey
      let label: String
      let tagSeparator: String

      func hash(into hasher: inout Hasher) { hasher.combine(pattern.fingerprint) }
    }

    let version: PrometheusVersion
    /// Where the patterns are compiled (the linter's cache).
    let regexes: RelabelRegexCache
    private var known: [Key: MetaLabelValueShape?] = [:]

    init(version: PrometheusVersion, regexes: RelabelRegexCache) {
      self.version = version
      self.regexes = regexes
    }

    /// The shape of `label`'s values when the compiled `pattern` can never match one (nor the empty
    /// value); nil when it can, when the label has no known shape or when the pattern does not compile.
    mutating func unmatchedShape(pattern: String, label: String, tagSeparator: String) -> MetaLabelValueShape? {
      let key = Key(pattern: TextKey(pattern), label: label, tagSeparator: tagSeparator)
      if let verdict = known[key] { return verdict }
      let verdict = Self.unmatchedShape(key, version: version, regexes: regexes)
      known[key] = verdict
      return verdict
    }

    private static func unmatchedShape(_ key: Key, version: PrometheusVersion, regexes: RelabelRegexCache)
      -> MetaLabelValueShape?
    {
      guard let shape = GCEMetaLabels.valueShape(of: key.label, tagSeparator: key.tagSeparator),
        let regex = try? regexes.regex(key.pattern.text, version: version),
        !canMatch(regex, shape), !regex.matchesEmpty
      else { return nil }
      return shape
    }

    private static func canMatch(_ regex: RelabelRegex, _ shape: MetaLabelValueShape) -> Bool {
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
      let quoted = GoRegex.quoteMeta(separator)
      return ".*" + quoted + inner + quoted + ".*"
    default: return nil
    }
  }
}
