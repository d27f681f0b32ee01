import PrometheusModel

/// Applies a list of relabel rules to label sets with Prometheus's runtime semantics for the
/// version given (anchoring, replace edge cases, label name validity).
public struct Relabeler: Sendable {
  /// A rule Prometheus would refuse to load, so it cannot be simulated.
  public struct InvalidRule: Error, Hashable, Sendable, CustomStringConvertible {
    /// 0-based index of the rule.
    public let index: Int
    /// Prometheus's reason.
    package let error: RelabelValidationError

    /// The text printed for it.
    public var description: String { "relabel rule \(index): \(error.message)" }
  }

  /// A validated rule with its compiled regex.
  private struct Rule: Sendable {
    let config: RelabelConfig
    let action: RelabelAction
    let regex: RelabelRegex
  }

  /// From this version a replace whose expanded target is invalid is skipped, and an empty result
  /// deletes the expanded target; before it, both deleted the literal `target_label`.
  static let replaceSkipsInvalidTarget = PrometheusVersion(2, 50)

  /// The Prometheus version whose semantics apply.
  package let version: PrometheusVersion
  /// The label name scheme the job validates with.
  package let nameValidation: LabelName.Validation
  private let rules: [Rule]

  /// Validates and compiles `rules`; throws for the first rule Prometheus would refuse.
  package init(rules: [RelabelConfig], version: PrometheusVersion, nameValidation: LabelName.Validation? = nil)
    throws(InvalidRule)
  {
    self.version = version
    let scheme = nameValidation ?? .defaultScheme(for: version)
    self.nameValidation = scheme
    var compiled: [Rule] = []
    // Validation compiles each regex; the rule then takes the same compiled regex.
    let regexes = RelabelRegexCache()
    for (index, config) in rules.enumerated() {
      if let error = config.validationError(for: version, nameValidation: scheme, regexes: regexes) {
        throw InvalidRule(index: index, error: error)
      }
      guard let action = config.knownAction, let regex = try? regexes.regex(config.regex, version: version)
      else { continue }
      compiled.append(Rule(config: config, action: action, regex: regex))
    }
    self.rules = compiled
  }

  /// The labels after every rule, or the rule that dropped them.
  package func apply(to labels: LabelSet) -> RelabelOutcome {
    var current = labels
    for (index, rule) in rules.enumerated() {
      if let drop = apply(rule, index: index, to: &current) { return .dropped(drop) }
    }
    return .kept(current)
  }

  /// Like `apply(to:)`, setting `changed[i]` for each rule `i` that changes the labels or drops them (as
  /// `trace(_:)` marks its steps), without keeping the label sets between rules.
  func apply(to labels: LabelSet, marking changed: inout [Bool]) -> RelabelOutcome {
    var current = labels
    for (index, rule) in rules.enumerated() {
      let before = current
      let drop = apply(rule, index: index, to: &current)
      if index < changed.count, drop != nil || current != before { changed[index] = true }
      if let drop { return .dropped(drop) }
    }
    return .kept(current)
  }

  /// Like `apply(to:)`, recording the label set after each rule.
  package func trace(_ labels: LabelSet) -> RelabelTrace {
    var current = labels
    var steps: [RelabelStep] = []
    for (index, rule) in rules.enumerated() {
      let before = current
      if let drop = apply(rule, index: index, to: &current) {
        steps.append(RelabelStep(ruleIndex: index, action: rule.action, labels: nil, changed: true))
        return RelabelTrace(input: labels, steps: steps, outcome: .dropped(drop))
      }
      steps.append(RelabelStep(ruleIndex: index, action: rule.action, labels: current, changed: current != before))
    }
    return RelabelTrace(input: labels, steps: steps, outcome: .kept(current))
  }

  /// Applies one rule; returns the drop when the rule removes the target.
  private func apply(_ rule: Rule, index: Int, to labels: inout LabelSet) -> RelabelDrop? {
    let config = rule.config
    let value = config.sourceLabels.map { labels.value(of: $0) }.joined(separator: config.separator)
    let drop = RelabelDrop(ruleIndex: index, action: rule.action, value: value)
    switch rule.action {
    case .drop:
      if rule.regex.matches(value) { return drop }
    case .keep:
      if !rule.regex.matches(value) { return drop }
    case .dropequal:
      if labels.value(of: config.targetLabel) == value { return drop }
    case .keepequal:
      if labels.value(of: config.targetLabel) != value { return drop }
    case .replace:
      replace(rule, value: value, in: &labels)
    case .lowercase:
      labels[config.targetLabel] = RelabelCase.lowercased(value)
    case .uppercase:
      labels[config.targetLabel] = RelabelCase.uppercased(value)
    case .hashmod:
      labels[config.targetLabel] = String(Self.hashmod(value, modulus: config.modulus))
    case .labelmap:
      for label in labels where rule.regex.matches(label.name) {
        labels[rule.regex.regex.replaceAll(in: label.name, with: config.replacement)] = label.value
      }
    case .labeldrop:
      for label in labels where rule.regex.matches(label.name) { labels[label.name] = nil }
    case .labelkeep:
      for label in labels where !rule.regex.matches(label.name) { labels[label.name] = nil }
    }
    return nil
  }

  private func replace(_ rule: Rule, value: String, in labels: inout LabelSet) {
    let config = rule.config
    guard let match = rule.regex.firstMatch(in: value) else { return }
    let target = rule.regex.regex.expand(config.targetLabel, match: match)
    let result = rule.regex.regex.expand(config.replacement, match: match)
    if version >= Self.replaceSkipsInvalidTarget {
      guard nameValidation.accepts(target) else { return }
      labels[target] = result
    } else if !LabelName.isValidLegacy(target) || result.isEmpty {
      labels[config.targetLabel] = nil
    } else {
      labels[target] = result
    }
  }

  /// Prometheus's hashmod: the last 8 bytes of MD5(value), big-endian, modulo `modulus`.
  static func hashmod(_ value: String, modulus: UInt64) -> UInt64 {
    let digest = MD5.digest(value.utf8)
    let tail = digest[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    return tail % modulus
  }
}
