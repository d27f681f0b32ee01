import SDCore

extension RelabelConfig {
  /// Prometheus's default pattern, which always compiles.
  private static let defaultRegex = RelabelConfig().regex

  /// The first reason Prometheus `version` refuses this rule, checked in Prometheus's order, or nil.
  ///
  /// Decode-time checks come first (source label names, the regex, the action), then the checks of
  /// `relabel.Config.Validate`. `nameValidation` is the job's label name scheme from 3.0 on
  /// (default UTF-8); before 3.0 the legacy rules of 2.42 apply. The regex is compiled through `regexes`.
  package func validationError(
    for version: PrometheusVersion, nameValidation: LabelName.Validation? = nil,
    regexes: RelabelRegexCache = RelabelRegexCache()
  ) -> RelabelValidationError? {
    let scheme = version >= .v3_0 ? (nameValidation ?? .utf8) : .legacy
    let known = knownAction
    if let error = decodeError(for: version, scheme: scheme, knownAction: known, regexes: regexes) { return error }
    guard let action = known else {
      return RelabelValidationError(
        message: "relabel action cannot be empty", field: .action, help: "set action to one of \(Self.actionList)")
    }
    if action == .hashmod && modulus == 0 {
      return RelabelValidationError(
        message: "relabel configuration for hashmod requires non-zero modulus", field: pointer(.modulus),
        help: "set modulus to the number of shards, e.g. modulus: 4")
    }
    if action.requiresTargetLabel && targetLabel.isEmpty {
      return RelabelValidationError(
        message: "relabel configuration for \(action.rawValue) action requires 'target_label' value",
        field: pointer(.targetLabel), help: "set target_label to the label this rule writes")
    }
    if !isValidTarget(for: action, version: version, scheme: scheme) {
      return invalidTarget(action)
    }
    if action.comparesOrChangesCase && replacement != "$1" {
      return RelabelValidationError(
        message: "'replacement' can not be set for \(action.rawValue) action", field: .replacement,
        help: "remove replacement; the \(action.rawValue) action takes its value from source_labels")
    }
    if action == .labelmap && !Self.acceptsTemplated(replacement, scheme: scheme) {
      return RelabelValidationError(
        message: "\(replacement.goQuoted) is invalid 'replacement' for labelmap action", field: pointer(.replacement),
        help: "write the new label name, with references to the regex's groups, e.g. replacement: '$1'")
    }
    if action == .hashmod && !scheme.accepts(targetLabel) {
      return invalidTarget(action)
    }
    return extraFieldError(for: action)
  }

  /// Errors Prometheus raises while decoding, before `Validate`: bad source label names, a regex that
  /// does not compile, an unknown action (`knownAction` is the rule's, computed once by the caller).
  private func decodeError(
    for version: PrometheusVersion, scheme: LabelName.Validation, knownAction: RelabelAction?,
    regexes: RelabelRegexCache
  ) -> RelabelValidationError? {
    for name in sourceLabels where !LabelName.isValid(name, in: version) {
      return RelabelValidationError(
        message: "\(name.goQuoted) is not a valid label name", field: .sourceLabels,
        help: name.isEmpty ? "remove the empty name from source_labels" : Self.legacyNameHelp)
    }
    do {
      if regex != Self.defaultRegex { _ = try regexes.regex(regex, version: version) }
    } catch {
      return RelabelValidationError(message: error.message, field: .regex, regexColumn: error.column)
    }
    if knownAction == nil && !nullFields.contains(.action) {
      return RelabelValidationError(
        message: "unknown relabel action \(action.goQuoted)", field: .action, help: unknownActionHelp)
    }
    return nil
  }

  /// Checks 4 of `Validate`: the target_label of replace, lowercase, uppercase, keepequal, dropequal.
  private func isValidTarget(for action: RelabelAction, version: PrometheusVersion, scheme: LabelName.Validation)
    -> Bool
  {
    switch action {
    case .replace:
      return targetLabel.containsByte(UInt8(ascii: "$"))
        ? Self.acceptsTemplated(targetLabel, scheme: scheme) : scheme.accepts(targetLabel)
    case .lowercase, .uppercase, .keepequal, .dropequal:
      // 2.42 checked these with the templated rule; newer versions want a plain name.
      return version < .v3_0 ? LabelName.isValidTemplatedTarget(targetLabel) : scheme.accepts(targetLabel)
    default:
      return true
    }
  }

  /// A name that may contain `$1`-style references: any name under UTF-8, the templated rule otherwise.
  private static func acceptsTemplated(_ name: String, scheme: LabelName.Validation) -> Bool {
    scheme == .utf8 ? scheme.accepts(name) : LabelName.isValidTemplatedTarget(name)
  }

  private func invalidTarget(_ action: RelabelAction) -> RelabelValidationError {
    RelabelValidationError(
      message: "\(targetLabel.goQuoted) is invalid 'target_label' for \(action.rawValue) action",
      field: .targetLabel,
      help: action == .hashmod && targetLabel.contains("$")
        ? "write a plain label name; hashmod does not expand $-references" : Self.legacyNameHelp)
  }

  /// Checks 8 and 9: keepequal/dropequal and labeldrop/labelkeep accept only their own keys.
  private func extraFieldError(for action: RelabelAction) -> RelabelValidationError? {
    switch action {
    case .keepequal, .dropequal:
      let offending: RelabelConfig.Field? =
        setFields.contains(.regex)
        ? .regex
        : modulus != 0 ? .modulus : separator != ";" ? .separator : replacement != "$1" ? .replacement : nil
      guard let offending else { return nil }
      return RelabelValidationError(
        message: "\(action.rawValue) action requires only 'source_labels' and `target_label`, and no other fields",
        field: offending, help: "remove \(offending.rawValue) from this rule")
    case .labeldrop, .labelkeep:
      let offending: RelabelConfig.Field? =
        setFields.contains(.sourceLabels) && !nullFields.contains(.sourceLabels)
        ? .sourceLabels
        : !targetLabel.isEmpty
          ? .targetLabel
          : modulus != 0 ? .modulus : separator != ";" ? .separator : replacement != "$1" ? .replacement : nil
      guard let offending else { return nil }
      return RelabelValidationError(
        message: "\(action.rawValue) action requires only 'regex', and no other fields", field: offending,
        help: "remove \(offending.rawValue); \(action.rawValue) matches label names with regex alone")
    default:
      return nil
    }
  }

  /// The eleven actions, for help text.
  private static let actionList = RelabelAction.allCases.map(\.rawValue).joined(separator: ", ")

  /// What to write instead of a name the legacy (or strict) label name rule refuses.
  private static let legacyNameHelp =
    "use a label name of ASCII letters, digits and '_' that does not start with a digit"

  /// The nearest action to the one written, or the list of all.
  private var unknownActionHelp: String {
    let names = RelabelAction.allCases.map(\.rawValue)
    if let nearest = Suggestions.nearest(to: action.lowercased(), in: names).first {
      return "an action with a similar name exists: '\(nearest)'"
    }
    return "use one of \(Self.actionList)"
  }

  /// The key itself when it was written, otherwise `action` (which demands it) when that was written.
  private func pointer(_ field: RelabelConfig.Field) -> RelabelConfig.Field? {
    setFields.contains(field) ? field : setFields.contains(.action) ? .action : nil
  }
}

/// Why Prometheus refuses a relabel rule: its own message and the key to point at.
package struct RelabelValidationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Prometheus's message, exactly as promtool prints it after `parsing YAML file …: `.
  package let message: String
  /// The key the problem is about; nil for the rule as a whole (e.g. a required key is missing).
  package let field: RelabelConfig.Field?
  /// For a regex that does not compile, the 1-based column of the problem inside the regex value.
  package let regexColumn: Int?
  /// What to do about it, in one sentence; nil when there is nothing more concrete than the message.
  package let help: String?

  /// Creates an error.
  package init(message: String, field: RelabelConfig.Field?, regexColumn: Int? = nil, help: String? = nil) {
    self.message = message
    self.field = field
    self.regexColumn = regexColumn
    self.help = help
  }

  /// Errors are equal when Prometheus reports them alike (message, field, column); `help` is sdgen's advice.
  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.message == rhs.message && lhs.field == rhs.field && lhs.regexColumn == rhs.regexColumn
  }

  /// Hashes what `==` compares.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(message)
    hasher.combine(field)
    hasher.combine(regexColumn)
  }

  package var description: String { message }
}
