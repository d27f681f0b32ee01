/// The `yaml/*` rules: what is wrong with the file as YAML.
public enum YAMLRules {
  /// Every `yaml/*` rule, in documentation order.
  public static let all: [any LintRule] = [
    YAMLSyntaxRule(),
    YAMLEncodingRule(),
    YAMLLimitsRule(),
    YAMLDuplicateKeyRule(),
    YAMLSecondDocumentRule(),
    YAMLTabsRule(),
    YAMLIndentationRule(),
    YAMLIndentationStyleRule(),
  ]
}
