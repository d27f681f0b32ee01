import SDCore
import SDYAML

/// The first check a service-discovery entry fails, as Prometheus's `UnmarshalYAML` reports it.
struct DiscoveryFailure {
  /// What kind of mistake it is.
  enum Kind {
    /// A required value is missing or empty (`schema/required`).
    case missing
    /// Two settings exclude each other (`schema/conflicting-keys`).
    case conflict
    /// A value Prometheus refuses (`schema/type`).
    case invalid
  }

  let kind: Kind
  /// sdgen's one-sentence message.
  let message: String
  /// What to do about it.
  let help: String
  /// Prometheus's own error text.
  let prometheus: String
  /// The key to point at (its value when written, else its key); nil for the entry itself.
  var key: String?
  /// The node to point at when it is not a key of the entry (an item of a list, a nested value).
  var node: YAMLNode.ID?

  /// The rule id for the kind.
  var rule: RuleID {
    switch kind {
    case .missing: .schemaRequired
    case .conflict: .schemaConflictingKeys
    case .invalid: .schemaType
    }
  }
}
