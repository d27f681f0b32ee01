import SDCore

/// The Compute Engine zones sdgen checks `zone:` values against: the bundled list, or a user's own
/// `gcloud compute zones list --format='value(name)'` output.
package struct ZoneCatalogue: Sendable {
  /// Every zone, in the order given (bundled: the data file's order).
  package let zones: [ZoneInfo]
  private let zonesByName: [String: ZoneInfo]
  private let currentZonesByRegion: [String: [ZoneInfo]]
  /// Names to suggest from, most useful first: public zones, AI zones, restricted zones, retired zones.
  private let suggestionCandidates: [String]

  /// The zones that ship with sdgen (generated from `gce-zones.tsv` by `scripts/generate-zones`).
  package static let bundled = ZoneCatalogue(zones: bundledZones)

  /// Creates a catalogue from zone descriptions; a later duplicate name replaces an earlier one.
  package init(zones: [ZoneInfo]) {
    self.zones = zones
    var byName: [String: ZoneInfo] = [:]
    var byRegion: [String: [ZoneInfo]] = [:]
    for zone in zones {
      byName[zone.name] = zone
      if zone.status == .current { byRegion[zone.region, default: []].append(zone) }
    }
    zonesByName = byName
    currentZonesByRegion = byRegion.mapValues { $0.sorted { $0.name < $1.name } }
    func rank(_ zone: ZoneInfo) -> Int {
      if zone.status == .retired { return 3 }
      if zone.isRestricted { return 2 }
      return zone.isAIZone ? 1 : 0
    }
    suggestionCandidates = zones.enumerated()
      .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
      .map(\.element.name)
  }

  /// Reads the output of `gcloud compute zones list --format='value(name)'`: one zone name a line;
  /// blank lines and lines starting with `#` are ignored. Every listed zone counts as current.
  package init(zoneListText: String) throws(ZoneListError) {
    var listed: [ZoneInfo] = []
    var lineNumber = 0
    for rawLine in zoneListText.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.trimmingASCIIWhitespace()
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard GCEName.isResourceName(line), let dash = line.lastIndex(of: "-") else {
        throw .notAZoneName(line: lineNumber, text: String(line))
      }
      let suffix = line[line.index(after: dash)...]
      listed.append(
        ZoneInfo(
          name: String(line), region: String(line[..<dash]), status: .current,
          isAIZone: GCEName.isAIZoneSuffix(suffix)))
    }
    if listed.isEmpty { throw .noZones }
    self.init(zones: listed)
  }

  /// The description of a zone, current or retired; nil when the name is unknown.
  package func zone(named name: String) -> ZoneInfo? { zonesByName[name] }

  /// True when `name` is a zone that exists today.
  package func isKnown(_ name: String) -> Bool { zonesByName[name]?.status == .current }

  /// The region of a known zone (current or retired).
  package func region(ofZone name: String) -> String? { zonesByName[name]?.region }

  /// True when `name` is a region with at least one current zone.
  package func isRegion(_ name: String) -> Bool { currentZonesByRegion[name] != nil }

  /// Every region with a current zone, sorted.
  package var regions: [String] { currentZonesByRegion.keys.sorted() }

  /// The current standard zones of a region, sorted: what `regions: [r]` in a spec expands to.
  /// AI zones are left out, since a project sees them only after enabling AI zone visibility.
  package func zones(inRegion region: String) -> [String] {
    (currentZonesByRegion[region] ?? []).lazy.filter { !$0.isAIZone }.map(\.name)
  }

  /// The current AI zones of a region, sorted.
  func aiZones(inRegion region: String) -> [String] {
    (currentZonesByRegion[region] ?? []).lazy.filter(\.isAIZone).map(\.name)
  }

  /// Known zone names (retired ones included) within `maxDistance` edits of `name`, most useful first.
  func nearestZones(to name: String, maxDistance: Int) -> [String] {
    Suggestions.nearest(to: name, in: suggestionCandidates, maxDistance: maxDistance)
  }
}

extension Substring {
  /// The substring without leading and trailing spaces, tabs and line breaks.
  func trimmingASCIIWhitespace() -> Substring {
    let isSpace: (Character) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n"
    }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
    let last = lastIndex(where: { !isSpace($0) })!
    return self[first...last]
  }
}
