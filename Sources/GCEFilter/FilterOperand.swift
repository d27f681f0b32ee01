/// The right-hand side of a restriction.
package enum FilterOperand: Sendable, Hashable {
  /// A single literal.
  case value(FilterValue)
  /// `:*`: the field or label is present.
  case presence
  /// gcloud `key:(a b)`: true when any item matches.
  case list([FilterValue])
}
