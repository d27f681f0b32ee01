/// A named, reusable list of relabel rules, optionally parameterised.
public struct RelabelTemplate: Sendable {
  /// The name `use:` refers to.
  public var name: Located<String>
  /// One line saying what the template does.
  public var description: String?
  /// The declared parameters, in the order written.
  public var parameters: [TemplateParameter]
  /// The rules and nested template uses.
  public var steps: [RelabelListItem]

  /// Creates a template.
  public init(
    name: Located<String>, description: String?, parameters: [TemplateParameter], steps: [RelabelListItem]
  ) {
    self.name = name
    self.description = description
    self.parameters = parameters
    self.steps = steps
  }
}
