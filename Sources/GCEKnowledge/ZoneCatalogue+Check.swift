import SDCore

extension ZoneCatalogue {
  /// The most zone suggestions a check offers.
  static let suggestionLimit = 3

  /// Classifies a `zone:` value: valid, or what is wrong with it and which zones were probably meant.
  package func check(_ value: String) -> ZoneCheck {
    if value.isEmpty { return .empty }
    let trimmed = String(Substring(value).trimmingASCIIWhitespace())
    if trimmed.isEmpty { return .empty }
    if trimmed != value { return .surroundingWhitespace(trimmed: trimmed) }
    if let zone = zone(named: value) { return check(known: zone) }
    let parts = value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
    if parts.count > 1 { return .list(parts.map(String.init)) }
    if let range = value.firstRange(of: "zones/") {
      let name = value[range.upperBound...].prefix(while: { $0 != "/" })
      if !name.isEmpty { return .url(zone: String(name)) }
    }
    if isRegion(value) { return .region(value, zones: zones(inRegion: value)) }
    if let dash = value.lastIndex(of: "-"), isRegion(String(value[..<dash])) {
      let region = String(value[..<dash])
      let suffix = value[value.index(after: dash)...]
      let aiFirst = suffix.hasPrefix("ai") ? aiZones(inRegion: region) : []
      return .wrongLetter(zone: value, region: region, zones: aiFirst + zones(inRegion: region))
    }
    if let suggestions = awsStyleSuggestions(for: value) {
      return .awsStyle(zone: value, suggestions: suggestions)
    }
    return .unknown(zone: value, suggestions: suggestions(forUnknown: value))
  }

  private func check(known zone: ZoneInfo) -> ZoneCheck {
    if zone.status == .retired {
      return .retired(zone: zone.name, replacements: zones(inRegion: zone.region))
    }
    if zone.isRestricted { return .restricted(zone) }
    return zone.isAIZone ? .aiZone(zone) : .valid(zone)
  }

  /// For `us-east-1` / `us-east-1b`: the zone it names in GCE spelling if current, else its region's zones.
  private func awsStyleSuggestions(for value: String) -> [String]? {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, let number = parts[2].first, number.isASCII, number.isNumber else {
      return nil
    }
    let digits = parts[2].prefix(while: { $0.isASCII && $0.isNumber })
    let letter = parts[2].dropFirst(digits.count)
    let region = "\(parts[0])-\(parts[1])\(digits)"
    guard letter.count <= 1, isRegion(region) else { return nil }
    let named = "\(region)-\(letter)"
    return isKnown(named) ? [named] : zones(inRegion: region)
  }

  /// The nearest zones within two edits (for a region-shaped value, the nearest region's zones);
  /// a retired zone stands for its region's current zones.
  private func suggestions(forUnknown value: String) -> [String] {
    let lowercased = value.lowercased()
    if lowercased != value, isKnown(lowercased) { return [lowercased] }
    if GCEName.isRegionShaped(value),
      let region = Suggestions.nearest(to: value, in: regions, maxDistance: 2).first
    {
      return Array(zones(inRegion: region).prefix(Self.suggestionLimit))
    }
    var result: [String] = []
    for name in nearestZones(to: value, maxDistance: 2) {
      let expanded =
        zone(named: name).map { $0.status == .retired ? zones(inRegion: $0.region) : [name] } ?? []
      for candidate in expanded where !result.contains(candidate) { result.append(candidate) }
      if result.count >= Self.suggestionLimit { break }
    }
    return Array(result.prefix(Self.suggestionLimit))
  }
}
