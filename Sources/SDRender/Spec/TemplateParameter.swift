import SDCore
import SDYAML
/// A parameter a relabel template declares.
package struct TemplateParameter: Sendable {
  /// What a parameter holds.
  package enum Kind: String, Sendable {
    case string
    case list
  }

  /// The parameter name, referenced as `{{name}}`.
  package var name: String
  /// Whether it takes one string or a list.
  package var kind: Kind
  /// The value used when a use gives none; nil makes the parameter required.
  package var defaultValue: TemplateValue?
  /// One line for the documentation.
  package var description: String?
  /// Where the parameter's name is written.
  package var nameRange: SourceRange = .fileStart

  /// Creates a parameter.
  package init(name: String, kind: Kind, defaultValue: TemplateValue?, description: String?) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.description = description
  }
}
