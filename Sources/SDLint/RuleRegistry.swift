import SDCore

/// Every rule sdgen knows, in documentation order.
public enum RuleRegistry {
  /// All rules.
  public static let all: [any LintRule] =
    YAMLRules.all + SchemaRules.all + GCERules.all + RelabelRules.all + SpecRules.all
      + [LintDirectiveRule(), LintTemplatedRule()]

  /// The ids of all rules.
  public static let ids: Set<RuleID> = Set(all.map(\.info.id))

  /// The spellings of all rule ids, sorted: for shell completion and suggestions.
  package static let spellings: [String] = ids.map(\.rawValue).sorted()

  /// What to say of `spelling` when it names no rule: the nearest rule id, and where to find them all.
  package static func notARule(_ spelling: String) -> String {
    let hint = Suggestions.nearest(to: spelling, in: spellings).first.map { " (did you mean '\($0)'?)" } ?? ""
    return "'\(spelling)' is not a sdgen rule\(hint); run 'sdgen rules' to list them"
  }

  /// The rule with `id`, if any.
  public static func rule(_ id: RuleID) -> (any LintRule)? {
    all.first { $0.info.id == id }
  }
}
