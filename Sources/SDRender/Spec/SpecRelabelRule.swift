import SDCore
import SDYAML
import PrometheusModel

/// A relabel rule as written in a spec or template, before parameters are filled in.
package struct SpecRelabelRule: Sendable {
  /// The rule's fields in the order Prometheus documents them, values as written.
  package var fields: [Field]
  /// The list parameter to repeat the rule for; `{{item}}` is each element.
  package var forEach: Located<String>?
  /// Where the rule is written.
  package var range: SourceRange
  /// The file it was read from; nil for the spec.
  package var file: String?

  /// Creates a rule.
  package init(fields: [Field], forEach: Located<String>?, range: SourceRange, file: String?) {
    self.fields = fields
    self.forEach = forEach
    self.range = range
    self.file = file
  }

  /// One key of the rule and its value: a string, or a list of strings for `source_labels`.
  package struct Field: Sendable {
    /// The relabel_config key.
    package var key: RelabelConfig.Field
    /// The strings written (one, or the list items of `source_labels`).
    package var values: [String]
    /// Where the value is written.
    package var range: SourceRange
    /// The spec document node of the value, for a rule written in the spec itself.
    package var node: YAMLNode.ID?

    /// Creates a field.
    package init(key: RelabelConfig.Field, values: [String], range: SourceRange) {
      self.key = key
      self.values = values
      self.range = range
    }
  }
}
