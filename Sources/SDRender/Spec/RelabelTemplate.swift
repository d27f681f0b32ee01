/// A named, reusable list of relabel rules, optionally parameterised.
package struct RelabelTemplate: Sendable {
  /// The name `use:` refers to.
  package var name: Located<String>
  /// One line saying what the template does.
  package var description: String?
  /// The declared parameters, in the order written.
  package var parameters: [TemplateParameter]
  /// The rules and nested template uses.
  package var steps: [RelabelListItem]

  /// Creates a template.
  package init(
    name: Located<String>, description: String?, parameters: [TemplateParameter], steps: [RelabelListItem]
  ) {
    self.name = name
    self.description = description
    self.parameters = parameters
    self.steps = steps
  }
}
