import SDCore
import SDYAML
/// A job's Compute API filter: a string passed as written, or fields and labels to match exactly.
package enum SpecFilter: Hashable, Sendable {
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
    /// Where the key is written in the spec.
    package var nameRange: SourceRange = .fileStart
    /// Where each value is written in the spec, in the order of `values`.
    package var valueRanges: [SourceRange] = []

    /// Terms are equal when they match the same values, wherever they are written.
    package static func == (lhs: FilterTerm, rhs: FilterTerm) -> Bool {
      lhs.name == rhs.name && lhs.values == rhs.values
    }

    /// Hashes what `==` compares.
    package func hash(into hasher: inout Hasher) {
      hasher.combine(name)
      hasher.combine(values)
    }

    /// Creates a term.
    package init(name: String, values: [String]) {
      self.name = name
      self.values = values
    }
  }
}
