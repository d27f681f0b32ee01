import SDCore
import SDYAML
import GCEKnowledge
import GCEFilter

/// Turns a decoded spec into the `prometheus.yml` it stands for, as a `YAMLValue`: sections as
/// written, then `scrape_configs` with one `gce_sd_configs` entry per zone and templates expanded.
struct SpecRenderer {
  private let spec: Spec
  private let zones: ZoneCatalogue
  private var expander: TemplateExpander
  private var diagnostics: [Diagnostic] = []

  /// A renderer for `spec`, with `shippedTemplates` available unless the spec defines the same name.
  init(spec: Spec, shippedTemplates: [String: RelabelTemplate], zones: ZoneCatalogue) {
    self.spec = spec
    self.zones = zones
    self.expander = TemplateExpander(templates: shippedTemplates.merging(spec.templates) { $1 })
  }

  /// Where each rendered node comes from in the spec, filled in by `render()`.
  private(set) var sourceMap = SpecSourceMap()

  /// The rendered configuration, and every problem found (duplicates removed).
  mutating func render() -> (value: YAMLValue, diagnostics: [Diagnostic]) {
    let defaultRelabels = spec.defaults.relabelConfigs.map { expander.expand($0) }
    let defaultMetricRelabels = spec.defaults.metricRelabelConfigs.map { expander.expand($0) }
    var jobs: [YAMLValue] = []
    jobs.reserveCapacity(spec.jobs.count)
    for (index, job) in spec.jobs.enumerated() {
      let path: [SpecSourceMap.Component] = [.key("scrape_configs"), .index(index)]
      sourceMap.record(path, range: job.name.range, file: job.name.file)
      var entries = [YAMLEntry("job_name", .string(job.name.value))]
      for setting in scrapeSettings(of: job) {
        sourceMap.record(
          path + [.key(setting.value.key)],
          SpecSourceMap.Origin(range: setting.range, file: setting.file, node: setting.node))
        entries.append(setting.value)
      }
      if let discovery = discoveryEntries(of: job, at: path + [.key("gce_sd_configs")]) {
        entries.append(YAMLEntry("gce_sd_configs", .sequence(discovery, flow: false)))
      }
      let relabels = job.relabelConfigs.map { expander.expand($0) } ?? defaultRelabels
      if let relabels, !relabels.isEmpty {
        entries.append(YAMLEntry("relabel_configs", record(relabels, at: path + [.key("relabel_configs")])))
      }
      let metricRelabels = job.metricRelabelConfigs.map { expander.expand($0) } ?? defaultMetricRelabels
      if let metricRelabels, !metricRelabels.isEmpty {
        entries.append(
          YAMLEntry("metric_relabel_configs", record(metricRelabels, at: path + [.key("metric_relabel_configs")])))
      }
      jobs.append(.mapping(entries))
    }
    var top: [YAMLEntry] = []
    for section in spec.sections {
      sourceMap.record(
        [.key(section.value.key)], SpecSourceMap.Origin(range: section.range, file: section.file, node: section.node))
      top.append(section.value)
    }
    top.append(YAMLEntry("scrape_configs", .sequence(jobs, flow: false)))
    var seen = Set<Diagnostic>()
    let all = (diagnostics + expander.diagnostics).filter { seen.insert($0).inserted }
    return (.mapping(top), all)
  }

  /// The rules as a block sequence, their origins recorded under `path`.
  private mutating func record(_ rules: [ExpandedRelabelRule], at path: [SpecSourceMap.Component]) -> YAMLValue {
    for (index, rule) in rules.enumerated() {
      sourceMap.record(path + [.index(index)], rule.origins.rule)
      for (key, origin) in rule.origins.fields { sourceMap.record(path + [.index(index), .key(key)], origin) }
    }
    return .sequence(rules.map(\.value), flow: false)
  }

  /// The defaults' scrape settings with the job's own replacing them in place, then the job's new ones.
  private func scrapeSettings(of job: SpecJob) -> [Located<YAMLEntry>] {
    if spec.defaults.scrapeSettings.isEmpty { return job.scrapeSettings }
    var merged = spec.defaults.scrapeSettings
    for setting in job.scrapeSettings {
      if let index = merged.firstIndex(where: { $0.value.key == setting.value.key }) {
        merged[index] = setting
      } else {
        merged.append(setting)
      }
    }
    return merged
  }

  /// One `gce_sd_configs` entry per zone, or nil for a job that does not discover on GCE.
  private mutating func discoveryEntries(of job: SpecJob, at path: [SpecSourceMap.Component]) -> [YAMLValue]? {
    let ownsLocation = job.zones != nil || job.regions != nil
    let zoneList = ownsLocation ? job.zones : spec.defaults.zones
    let regionList = ownsLocation ? job.regions : spec.defaults.regions
    guard zoneList != nil || regionList != nil else {
      if let setting = job.discovery.values.first?.range ?? job.projects?.first?.range ?? job.filter?.range {
        report(
          .specMissingKey,
          "job '\(job.name.value)' sets GCE discovery settings but no zones; add 'zones:' or 'regions:'",
          range: setting)
      }
      return nil
    }
    if let raw = job.scrapeSettings.first(where: { $0.value.key == "gce_sd_configs" }) {
      report(
        .specConflictingKeys,
        "job '\(job.name.value)' has both 'gce_sd_configs' and zones; keep one, sdgen writes gce_sd_configs from zones",
        range: raw.range)
      return nil
    }
    if let project = job.discovery[.project], let projects = job.projects {
      report(
        .specConflictingKeys,
        "job '\(job.name.value)' sets both 'project' and 'projects'; keep one", range: projects.first?.range ?? project.range)
      return nil
    }
    let projects = projects(of: job)
    guard !projects.isEmpty else {
      report(
        .specMissingKey,
        "job '\(job.name.value)' has no 'project'; set it in the job or under 'defaults'", range: job.name.range)
      return nil
    }
    let resolvedZones = expandZones(zoneList ?? [], regions: regionList ?? [])
    if resolvedZones.isEmpty, (zoneList ?? []).isEmpty, (regionList ?? []).isEmpty {
      report(
        .specInvalidValue, "job '\(job.name.value)' lists no zones; name at least one zone or region",
        range: job.name.range)
    }
    let filterSource = job.filter ?? spec.defaults.filter
    let filter = filterSource.flatMap { filterText($0.value) }
    let defaults = spec.defaults.discovery
    let setting = { (key: SpecJob.DiscoveryKey) in job.discovery[key] ?? defaults[key] }
    var entries: [YAMLValue] = []
    for (project, zone) in projects.flatMap({ project in resolvedZones.map { (project, $0) } }) {
      let entryPath = path + [.index(entries.count)]
      sourceMap.record(entryPath, range: zone.origin.range, file: zone.origin.file)
      sourceMap.record(entryPath + [.key("zone")], range: zone.origin.range, file: zone.origin.file)
      sourceMap.record(entryPath + [.key("project")], range: project.range, file: project.file)
      var fields = [YAMLEntry("project", Self.stringValue(project.value)), YAMLEntry("zone", .string(zone.name))]
      if let port = setting(.port) {
        sourceMap.record(entryPath + [.key("port")], range: port.range, file: port.file)
        fields.append(YAMLEntry("port", port.value))
      }
      if let filter, let filterSource {
        sourceMap.record(entryPath + [.key("filter")], range: filterSource.range, file: filterSource.file)
        fields.append(YAMLEntry("filter", .scalar(filter, .singleQuoted)))
      }
      if let refresh = setting(.refreshInterval) {
        sourceMap.record(entryPath + [.key("refresh_interval")], range: refresh.range, file: refresh.file)
        fields.append(YAMLEntry("refresh_interval", refresh.value))
      }
      if let separator = setting(.tagSeparator) {
        sourceMap.record(entryPath + [.key("tag_separator")], range: separator.range, file: separator.file)
        fields.append(YAMLEntry("tag_separator", Self.stringValue(separator.value)))
      }
      entries.append(.mapping(fields))
    }
    return entries
  }

  /// The projects a job discovers in: its own `projects` or `project`, else those of `defaults`.
  private func projects(of job: SpecJob) -> [Located<YAMLValue>] {
    let asValues = { (projects: [Located<String>]) in
      projects.map { Located(YAMLValue.string($0.value), range: $0.range, file: $0.file) }
    }
    if let own = job.projects { return asValues(own) }
    if let own = job.discovery[.project] { return [own] }
    if let inherited = spec.defaults.projects { return asValues(inherited) }
    return spec.defaults.discovery[.project].map { [$0] } ?? []
  }

  /// Zones written plus every current zone of the regions, each once, in the order named, with the zone
  /// or region entry that names it.
  private mutating func expandZones(_ zoneList: [Located<String>], regions: [Located<String>])
    -> [(name: String, origin: Located<String>)]
  {
    var result: [(name: String, origin: Located<String>)] = []
    var seen = Set<String>()
    for zone in zoneList {
      let check = zones.check(zone.value)
      switch check {
      case .valid, .restricted, .aiZone:
        if seen.insert(zone.value).inserted { result.append((zone.value, zone)) }
        if let message = check.message, let severity = check.severity {
          report(
            .specUnknownZone, message, severity: severity, range: zone.range, file: zone.file, help: check.help)
        }
      case .region:
        report(
          .specUnknownZone, "'\(zone.value)' is a region, not a zone", range: zone.range, file: zone.file,
          help: "list it under 'regions:' to scrape every zone of the region")
      default:
        report(
          .specUnknownZone, check.message ?? "'\(zone.value)' is not a current Compute Engine zone",
          range: zone.range, file: zone.file, help: check.help)
      }
    }
    for region in regions {
      let regionZones = zones.zones(inRegion: region.value)
      guard !regionZones.isEmpty else {
        let nearest = Suggestions.nearest(to: region.value, in: zones.regions, maxDistance: 3).first
        let isZone = zones.zone(named: region.value) != nil
        report(
          .specUnknownRegion, "'\(region.value)' is not a Compute Engine region", range: region.range,
          file: region.file,
          help: isZone
            ? "'\(region.value)' is a zone; list it under 'zones:'"
            : nearest.map { "a region with a similar name exists: '\($0)'" })
        continue
      }
      for zone in regionZones where seen.insert(zone).inserted { result.append((zone, region)) }
    }
    return result
  }

  private func filterText(_ filter: SpecFilter) -> String? {
    switch filter {
    case .raw(let text):
      return text.isEmpty ? nil : text
    case .structured(let fields, let labels):
      let terms =
        fields.map { (field: $0.name, values: $0.values) }
        + labels.map { (field: "labels.\($0.name)", values: $0.values) }
      let text = APIFilter.print(FilterBuilder.conjunction(anyOf: terms))
      return text.isEmpty ? nil : text
    }
  }

  /// A scalar meant as a string even when written plain (`project: 123` is the project "123").
  private static func stringValue(_ value: YAMLValue) -> YAMLValue {
    if case .scalar(let text, .plain) = value { return .string(text) }
    return value
  }

  private mutating func report(
    _ rule: RuleID, _ message: String, severity: Severity = .error, range: SourceRange, file: String? = nil,
    help: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(rule: rule, severity: severity, message: message, range: range, file: file, help: help))
  }
}
