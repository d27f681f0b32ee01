import SDCore

/// `use: name` (with optional `with:` arguments) inside a relabel list.
public struct TemplateUse: Sendable {
  /// The template's name.
  public var name: Located<String>
  /// The arguments by parameter name, as written (may reference the enclosing template's parameters).
  public var arguments: [Argument]
  /// The file it was read from; nil for the spec.
  public var file: String?

  /// Creates a template use.
  public init(name: Located<String>, arguments: [Argument], file: String?) {
    self.name = name
    self.arguments = arguments
    self.file = file
  }

  /// One `with:` entry.
  public struct Argument: Sendable {
    /// The parameter name and where it is written.
    public var name: Located<String>
    /// The value.
    public var value: TemplateValue
    /// Where the value is written.
    public var range: SourceRange

    /// Creates an argument.
    public init(name: Located<String>, value: TemplateValue, range: SourceRange) {
      self.name = name
      self.value = value
      self.range = range
    }
  }
}
