/// A job's Compute API filter: a string passed as written, or fields and labels to match exactly.
package enum SpecFilter: Sendable {
  /// A filter in Compute API syntax, passed to Prometheus unchanged.
  case raw(String)
  /// Instance fields (`status: RUNNING`) and labels that must all match; a list means any of its values.
  case structured(fields: [FilterTerm], labels: [FilterTerm])

  /// One `field = value` condition, or any of several values.
  package struct FilterTerm: Sendable, Hashable {
    /// The instance field or label key.
    package var name: String
    /// The accepted values; more than one means any of them.
    package var values: [String]

    /// Creates a term.
    package init(name: String, values: [String]) {
      self.name = name
      self.values = values
    }
  }
}
