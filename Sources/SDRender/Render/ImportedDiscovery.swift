import SDCore
import SDYAML
import GCEKnowledge

/// A job's `gce_sd_configs` entries as the spec writes them: projects × zones (or whole regions), and the
/// settings every entry shares. Nil when the entries are not such a product, so they stay as written.
struct ImportedDiscovery {
  /// The projects, each a scalar read as a string.
  var projects: [String]
  /// The zones, in the order the entries list them; empty when `regions` stand for them.
  var zones: [String]
  /// Regions whose current zones, in catalogue order, are exactly the zones listed.
  var regions: [String]
  /// `port`, `filter`, `refresh_interval` and `tag_separator` as every entry sets them.
  var shared: [YAMLEntry]

  private static let sharedKeys = ["port", "filter", "refresh_interval", "tag_separator"]

  /// The discovery `entries` stand for, or nil when the spec cannot write them exactly.
  init?(entries: [YAMLValue], zones catalogue: ZoneCatalogue) {
    var projects: [String] = []
    var zones: [String] = []
    var pairs: [(String, String)] = []
    var shared: [YAMLEntry]?
    for entry in entries {
      guard case .mapping(let fields) = entry,
        fields.allSatisfy({ ["project", "zone"].contains($0.key) || Self.sharedKeys.contains($0.key) }),
        let project = Self.string(fields.first { $0.key == "project" }?.value),
        let zone = Self.string(fields.first { $0.key == "zone" }?.value)
      else { return nil }
      let settings = Self.sharedKeys.compactMap { key in fields.first { $0.key == key } }
      if let shared, shared.map(\.key) != settings.map(\.key)
        || zip(shared, settings).contains(where: { YAMLMeaning($0.value) != YAMLMeaning($1.value) })
      {
        return nil
      }
      shared = settings
      if !projects.contains(project) { projects.append(project) }
      if !zones.contains(zone) { zones.append(zone) }
      pairs.append((project, zone))
    }
    // The spec renders every project with every zone, projects first: the entries must be exactly that.
    let product = projects.flatMap { project in zones.map { (project, $0) } }
    guard !pairs.isEmpty, pairs.count == product.count, zip(pairs, product).allSatisfy({ $0 == $1 }) else { return nil }
    // An empty filter is not written by the spec; keep such entries as written.
    if let filter = shared?.first(where: { $0.key == "filter" }), Self.string(filter.value)?.isEmpty != false {
      return nil
    }
    self.projects = projects
    self.regions = Self.regions(coveringExactly: zones, in: catalogue) ?? []
    self.zones = regions.isEmpty ? zones : []
    self.shared = shared ?? []
  }

  /// The text of a scalar that YAML reads as a string, as the spec writes projects and zones.
  private static func string(_ value: YAMLValue?) -> String? {
    guard case .scalar(let text, _)? = value, YAMLMeaning(value!) == .scalar(text, isString: true) else { return nil }
    return text
  }

  /// Regions whose zone lists, one after another, are exactly `zones`.
  private static func regions(coveringExactly zones: [String], in catalogue: ZoneCatalogue) -> [String]? {
    var regions: [String] = []
    var rest = zones[...]
    while let first = rest.first {
      guard let region = catalogue.region(ofZone: first) else { return nil }
      let regionZones = catalogue.zones(inRegion: region)
      guard regionZones.count > 1, rest.starts(with: regionZones) else { return nil }
      regions.append(region)
      rest = rest.dropFirst(regionZones.count)
    }
    return regions.isEmpty ? nil : regions
  }

  /// The spec keys for these entries, in the order a job writes them.
  var specEntries: [YAMLEntry] {
    var entries: [YAMLEntry] = []
    if !zones.isEmpty { entries.append(YAMLEntry("zones", .strings(zones, flow: true))) }
    if !regions.isEmpty { entries.append(YAMLEntry("regions", .strings(regions, flow: true))) }
    if projects.count == 1 {
      entries.append(YAMLEntry("project", .string(projects[0])))
    } else {
      entries.append(YAMLEntry("projects", .strings(projects, flow: true)))
    }
    for setting in shared {
      guard setting.key == "filter", case .scalar(let text, _) = setting.value,
        let structured = FilterStructuring.structured(text)
      else {
        entries.append(setting)
        continue
      }
      entries.append(YAMLEntry("filter", FilterStructuring.value(structured)))
    }
    return entries
  }
}
