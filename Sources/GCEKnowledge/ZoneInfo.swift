/// One Compute Engine zone that sdgen knows: its name, region and what is special about it.
public struct ZoneInfo: Hashable, Sendable {
  /// Whether a zone exists today.
  public enum Status: String, Hashable, Sendable {
    /// The zone exists and accepts instances.
    case current
    /// The zone was retired (or never existed under this name) and the API rejects it.
    case retired
  }

  /// The zone name, e.g. `us-central1-a`.
  public let name: String
  /// The region the zone belongs to, e.g. `us-central1`.
  public let region: String
  /// Whether the zone exists today.
  public let status: Status
  /// True for zones of regions that are not public (most projects cannot use them).
  public let isRestricted: Bool
  /// True for AI zones (`<region>-ai<digit><letter>`), visible only with AI zone visibility enabled.
  public let isAIZone: Bool
  /// True when the zone is known only from public scripts, not from Google's documentation.
  public let isUnverified: Bool

  /// Creates a zone description.
  public init(
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
  public var isPublicStandard: Bool { status == .current && !isRestricted && !isAIZone }
}
