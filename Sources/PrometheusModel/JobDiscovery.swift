/// The discovery mechanisms one scrape job uses, as a set, and whether its targets may carry labels
/// the user wrote (file or HTTP discovery, or `__meta_*` labels in `static_configs`).
package struct JobDiscovery: Hashable, Sendable {
  private var bits: UInt64 = 0
  /// True when some target group of the job may carry any label at all.
  package private(set) var servesArbitraryLabels = false

  /// No mechanism: a job with only static targets.
  package init() {}

  /// Adds `mechanism`, as the decoder meets its `<name>_sd_configs` key.
  mutating func insert(_ mechanism: DiscoveryMechanism) {
    bits |= Self.bit(mechanism)
    servesArbitraryLabels = servesArbitraryLabels || mechanism.servesArbitraryLabels
  }

  /// Records that a static target group carries a `__meta_*` label of its own.
  mutating func insertStaticMetaLabel() { servesArbitraryLabels = true }

  /// A set of mechanisms (for tests and callers without a job).
  package init(_ mechanisms: [DiscoveryMechanism], servesArbitraryLabels: Bool = false) {
    for mechanism in mechanisms { insert(mechanism) }
    self.servesArbitraryLabels = self.servesArbitraryLabels || servesArbitraryLabels
  }

  /// Every mechanism in declaration order, built once (`allCases` builds a new array at each use).
  private static let ordered = DiscoveryMechanism.allCases

  private static func bit(_ mechanism: DiscoveryMechanism) -> UInt64 {
    UInt64(1) << ordered.firstIndex(of: mechanism)!
  }


  /// True when the job uses `mechanism`.
  package func contains(_ mechanism: DiscoveryMechanism) -> Bool { bits & Self.bit(mechanism) != 0 }

  /// The mechanisms the job uses, in `DiscoveryMechanism` order.
  package var mechanisms: [DiscoveryMechanism] { Self.ordered.filter(contains) }
}
