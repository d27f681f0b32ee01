/// The `schema/*` rules.
package enum SchemaRules {
  /// Every `schema/*` rule, in documentation order.
  package static let all: [any LintRule] = [
    SchemaUnknownKeyRule(), SchemaMisplacedKeyRule(), SchemaVersionRule(), SchemaTypeRule(), SchemaRequiredRule(),
    SchemaConflictingKeysRule(), SchemaDuplicateJobRule(), SchemaTimeoutAboveIntervalRule(), SchemaNullValueRule(),
    SchemaTopLevelRule(), SchemaFragmentRule(), SchemaMissingIncludeRule(),
  ]
}
