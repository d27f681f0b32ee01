/// A template parameter's value: one string or a list of strings.
package enum TemplateValue: Hashable, Sendable {
  /// A string.
  case string(String)
  /// A list of strings.
  case list([String])

  /// The kind of value, as named in templates and messages.
  package var kind: TemplateParameter.Kind {
    switch self {
    case .string: .string
    case .list: .list
    }
  }
}
