/// A parameter a relabel template declares.
public struct TemplateParameter: Sendable {
  /// What a parameter holds.
  public enum Kind: String, Sendable {
    case string
    case list
  }

  /// The parameter name, referenced as `{{name}}`.
  public var name: String
  /// Whether it takes one string or a list.
  public var kind: Kind
  /// The value used when a use gives none; nil makes the parameter required.
  public var defaultValue: TemplateValue?
  /// One line for the documentation.
  public var description: String?

  /// Creates a parameter.
  public init(name: String, kind: Kind, defaultValue: TemplateValue?, description: String?) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.description = description
  }
}
