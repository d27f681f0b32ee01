/// One item of a `relabel_configs` list in a spec or template: a relabel rule, or a template use.
package enum RelabelListItem: Sendable {
  /// A relabel rule, possibly with `{{parameter}}` references and `for_each`.
  case rule(SpecRelabelRule)
  /// `use: name` with `with:` arguments.
  case use(TemplateUse)
}
