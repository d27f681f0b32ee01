/// The `yaml/*` rules: what is wrong with the file as YAML.
package enum YAMLRules {
  /// Every `yaml/*` rule, in documentation order.
  package static let all: [any LintRule] = [
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
