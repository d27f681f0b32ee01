/// The `schema/*` rules.
public enum SchemaRules {
  /// Every `schema/*` rule, in documentation order.
  public static let all: [any LintRule] = [
    SchemaUnknownKeyRule(), SchemaMisplacedKeyRule(), SchemaVersionRule(), SchemaTypeRule(), SchemaRequiredRule(),
    SchemaConflictingKeysRule(), SchemaDuplicateJobRule(), SchemaTimeoutAboveIntervalRule(), SchemaNullValueRule(),
    SchemaTopLevelRule(), SchemaFragmentRule(), SchemaMissingIncludeRule(),
  ]
}
