import SDCore

/// `use: name` (with optional `with:` arguments) inside a relabel list.
package struct TemplateUse: Sendable {
  /// The template's name.
  package var name: Located<String>
  /// The arguments by parameter name, as written (may reference the enclosing template's parameters).
  package var arguments: [Argument]
  /// The file it was read from; nil for the spec.
  package var file: String?

  /// Creates a template use.
  package init(name: Located<String>, arguments: [Argument], file: String?) {
    self.name = name
    self.arguments = arguments
    self.file = file
  }

  /// One `with:` entry.
  package struct Argument: Sendable {
    /// The parameter name and where it is written.
    package var name: Located<String>
    /// The value.
    package var value: TemplateValue
    /// Where the value is written.
    package var range: SourceRange

    /// Creates an argument.
    package init(name: Located<String>, value: TemplateValue, range: SourceRange) {
      self.name = name
      self.value = value
      self.range = range
    }
  }
}
