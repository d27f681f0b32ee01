/// The `schema/*` rules.
public enum SchemaRules {
  /// Every `schema/*` rule, in documentation order.
  public static let all: [any LintRule] = []
}
