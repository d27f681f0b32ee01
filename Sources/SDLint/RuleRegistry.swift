/// Every rule sdgen knows, in documentation order.
public enum RuleRegistry {
  /// All rules.
  public static let all: [any LintRule] =
    YAMLRules.all + SchemaRules.all + GCERules.all + RelabelRules.all + SpecRules.all
      + [LintDirectiveRule(), LintTemplatedRule()]

  /// The ids of all rules.
  public static let ids: Set<String> = Set(all.map(\.info.id))

  /// The rule with `id`, if any.
  public static func rule(_ id: String) -> (any LintRule)? {
    all.first { $0.info.id == id }
  }
}
