import SDYAML

/// The spec `sdgen import` writes for a configuration's sections and jobs: what every job shares moves to
/// `defaults`, relabel rules a shipped template stands for become its `use:`, and rule blocks repeated
/// across jobs become templates.
struct SpecDraft {
  /// The spec, ready to write.
  private(set) var value: YAMLValue = .mapping([])

  private static let discoveryKeys = ["project", "projects", "port", "filter", "refresh_interval", "tag_separator"]

  init(sections: [YAMLEntry], jobs: [ImportedJob]) {
    let matcher = TemplateMatcher(templates: ShippedTemplates.all)
    var jobEntries = jobs.map { job in
      (job.discovery?.specEntries ?? []) + job.settings
    }
    var defaults = Self.sharedEntries(
      of: jobs.indices.filter { jobs[$0].discovery != nil }.map { jobEntries[$0] }, keys: Self.discoveryKeys)
    defaults += Self.sharedEntries(of: jobEntries, keys: Set(jobEntries.flatMap { $0.map(\.key) }))
      .filter { !Self.discoveryKeys.contains($0.key) && $0.key != "gce_sd_configs" }
    let defaultKeys = Set(defaults.map(\.key))
    for index in jobEntries.indices {
      jobEntries[index].removeAll { entry in
        defaultKeys.contains(entry.key) && (jobs[index].discovery != nil || !Self.discoveryKeys.contains(entry.key))
      }
    }
    var templates = TemplateNames()
    for (key, lists) in [
      ("relabel_configs", jobs.map { $0.relabels.map { Self.usingTemplates($0, matcher) } }),
      ("metric_relabel_configs", jobs.map { $0.metricRelabels.map { Self.usingTemplates($0, matcher) } }),
    ] {
      var lists = lists
      if let shared = Self.mostCommonList(lists) {
        defaults.append(YAMLEntry(key, .sequence(shared, flow: false)))
        lists = lists.map { $0 == shared ? nil : ($0 ?? []) }
      }
      lists = templates.extractRepeatedBlocks(from: lists)
      for (index, list) in lists.enumerated() {
        if let list { jobEntries[index].append(YAMLEntry(key, .sequence(list, flow: false))) }
      }
    }
    var top = sections
    if !defaults.isEmpty { top.append(YAMLEntry("defaults", .mapping(defaults))) }
    if !templates.definitions.isEmpty { top.append(YAMLEntry("templates", .mapping(templates.definitions))) }
    let jobValues = zip(jobs, jobEntries).map { YAMLEntry($0.name, .mapping($1)) }
    top.append(YAMLEntry("jobs", .mapping(jobValues)))
    value = .mapping(top)
  }

  /// The entries with `keys` that every list has, with the same meaning (none for fewer than two lists).
  private static func sharedEntries(of lists: [[YAMLEntry]], keys: some Sequence<String>) -> [YAMLEntry] {
    guard lists.count > 1, let first = lists.first else { return [] }
    let wanted = Set(keys)
    return first.filter { entry in
      wanted.contains(entry.key)
        && lists.allSatisfy { list in
          list.contains { $0.key == entry.key && YAMLMeaning($0.value) == YAMLMeaning(entry.value) }
        }
    }
  }

  /// The rules with each run a shipped template stands for replaced by its `use:`.
  private static func usingTemplates(_ rules: [YAMLValue], _ matcher: TemplateMatcher) -> [YAMLValue] {
    var result: [YAMLValue] = []
    var index = 0
    while index < rules.count {
      if let match = matcher.longestUse(in: rules, from: index) {
        result.append(match.use)
        index += match.count
      } else {
        result.append(rules[index])
        index += 1
      }
    }
    return result
  }

  /// The non-empty list most jobs have, when at least two and more than half of them have it.
  private static func mostCommonList(_ lists: [[YAMLValue]?]) -> [YAMLValue]? {
    var counts: [[YAMLValue]: Int] = [:]
    for case let list? in lists where !list.isEmpty { counts[list, default: 0] += 1 }
    guard let (list, count) = counts.max(by: { $0.value < $1.value }), count > 1, count * 2 > lists.count else {
      return nil
    }
    return list
  }
}
