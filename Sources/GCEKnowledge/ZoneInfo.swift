/// One Compute Engine zone that sdgen knows: its name, region and what is special about it.
package struct ZoneInfo: Hashable, Sendable {
  /// Whether a zone exists today.
  package enum Status: String, Hashable, Sendable {
    /// The zone exists and accepts instances.
    case current
    /// The zone was retired (or never existed under this name) and the API rejects it.
    case retired
  }

  /// The zone name, e.g. `us-central1-a`.
  package let name: String
  /// The region the zone belongs to, e.g. `us-central1`.
  package let region: String
  /// Whether the zone exists today.
  package let status: Status
  /// True for zones of regions that are not public (most projects cannot use them).
  package let isRestricted: Bool
  /// True for AI zones (`<region>-ai<digit><letter>`), visible only with AI zone visibility enabled.
  package let isAIZone: Bool
  /// True when the zone is known only from public scripts, not from Google's documentation.
  package let isUnverified: Bool

  /// Creates a zone description.
  package init(
    name: String, region: String, status: Status,
    isRestricted: Bool = false, isAIZone: Bool = false, isUnverified: Bool = false
  ) {
    self.name = name
    self.region = region
    self.status = status
    self.isRestricted = isRestricted
    self.isAIZone = isAIZone
    self.isUnverified = isUnverified
  }

  /// True for a current zone that is neither restricted nor an AI zone: usable by any project.
  package var isPublicStandard: Bool { status == .current && !isRestricted && !isAIZone }
}
