/// A set of relabel_config keys, stored as bits: decoding and validating thousands of rules must not hash.
package struct RelabelFieldSet: Hashable, Sendable, ExpressibleByArrayLiteral {
  private var bits: UInt8 = 0

  /// An empty set.
  package init() {}

  /// A set of the given keys.
  package init(arrayLiteral fields: RelabelConfig.Field...) {
    for field in fields { insert(field) }
  }

  /// True when `field` is in the set.
  package func contains(_ field: RelabelConfig.Field) -> Bool { bits & Self.bit(field) != 0 }

  /// Adds `field`.
  package mutating func insert(_ field: RelabelConfig.Field) { bits |= Self.bit(field) }

  /// True when the set is empty.
  package var isEmpty: Bool { bits == 0 }

  private static func bit(_ field: RelabelConfig.Field) -> UInt8 {
    switch field {
    case .sourceLabels: 1
    case .separator: 2
    case .regex: 4
    case .modulus: 8
    case .targetLabel: 16
    case .replacement: 32
    case .action: 64
    }
  }
}
