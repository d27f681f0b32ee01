/// What rendering needs to know about Compute Engine zones: which exist, and which belong to a region.
/// The seam where the GCE zone catalogue plugs in.
protocol ZoneDirectory: Sendable {
  /// True when `zone` is a current zone.
  func isCurrentZone(_ zone: String) -> Bool
  /// The current zones of `region` in name order, nil for an unknown region.
  func currentZones(inRegion region: String) -> [String]?
  /// Every current zone name, for suggestions.
  var currentZoneNames: [String] { get }
  /// Every region name, for suggestions.
  var regionNames: [String] { get }
}

/// A small fixed table of regions standing in for the GCE zone catalogue until it is wired in.
struct InterimZoneTable: ZoneDirectory {
  private static let regions: [String: [String]] = [
    "us-central1": ["us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"],
    "us-east1": ["us-east1-b", "us-east1-c", "us-east1-d"],
    "us-east4": ["us-east4-a", "us-east4-b", "us-east4-c"],
    "us-west1": ["us-west1-a", "us-west1-b", "us-west1-c"],
    "europe-west1": ["europe-west1-b", "europe-west1-c", "europe-west1-d"],
    "europe-west4": ["europe-west4-a", "europe-west4-b", "europe-west4-c"],
    "asia-east1": ["asia-east1-a", "asia-east1-b", "asia-east1-c"],
  ]
  private static let zones: Set<String> = Set(regions.values.joined())

  func isCurrentZone(_ zone: String) -> Bool { Self.zones.contains(zone) }

  func currentZones(inRegion region: String) -> [String]? { Self.regions[region] }

  var currentZoneNames: [String] { Self.zones.sorted() }

  var regionNames: [String] { Self.regions.keys.sorted() }
}
