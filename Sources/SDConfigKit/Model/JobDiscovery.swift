/// The discovery mechanisms one scrape job uses, as a set, and whether its targets may carry labels
/// the user wrote (file or HTTP discovery, or `__meta_*` labels in `static_configs`).
public struct JobDiscovery: Hashable, Sendable {
  private var bits: UInt64 = 0
  /// True when some target group of the job may carry any label at all.
  public private(set) var servesArbitraryLabels = false

  /// The mechanisms of `job`.
  public init(_ job: ScrapeConfig) {
    for entry in job.nodes.entries where entry.name.hasSuffix("_sd_configs") {
      guard let mechanism = DiscoveryMechanism(key: entry.name) else { continue }
      bits |= Self.bit(mechanism)
      servesArbitraryLabels = servesArbitraryLabels || mechanism.servesArbitraryLabels
    }
    servesArbitraryLabels =
      servesArbitraryLabels
      || job.staticConfigs.contains { $0.labels.contains { $0.name.hasPrefix(MetaLabelCatalogue.metaPrefix) } }
  }

  /// A set of mechanisms (for tests and callers without a job).
  public init(_ mechanisms: [DiscoveryMechanism], servesArbitraryLabels: Bool = false) {
    for mechanism in mechanisms { bits |= Self.bit(mechanism) }
    self.servesArbitraryLabels = servesArbitraryLabels || mechanisms.contains { $0.servesArbitraryLabels }
  }

  private static func bit(_ mechanism: DiscoveryMechanism) -> UInt64 {
    UInt64(1) << DiscoveryMechanism.allCases.firstIndex(of: mechanism)!
  }

  /// True when the job uses `mechanism`.
  public func contains(_ mechanism: DiscoveryMechanism) -> Bool { bits & Self.bit(mechanism) != 0 }

  /// The mechanisms the job uses, in `DiscoveryMechanism` order.
  public var mechanisms: [DiscoveryMechanism] { DiscoveryMechanism.allCases.filter(contains) }
}
