/// What a filter key names on an instance: a label, a catalogued field, or nothing known.
package enum InstanceFieldLookup: Sendable, Hashable {
  /// `labels.KEY`: a user label; the key is kept verbatim.
  case label(key: String)
  /// A field of the catalogue.
  case field(InstanceField)
  /// A path the catalogue does not list.
  case unknown
}
