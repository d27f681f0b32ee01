import SDCore
import SDYAML

/// The project, zones and filter of one scrape job's `gce_sd_configs`, read from a prometheus.yml.
package struct ScrapeJobFilter: Sendable, Hashable {
  /// The project every entry names, nil when none does.
  package let project: String?
  /// Every entry's zone, in order, without repeats.
  package let zones: [String]
  /// The filter every entry shares, nil when none has one.
  package let filter: String?

  /// Creates the selection from its parts.
  package init(project: String?, zones: [String], filter: String?) {
    self.project = project
    self.zones = zones
    self.filter = filter
  }

  /// Why a job's filter could not be taken from a config.
  package struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One sentence saying what is wrong and what to do.
    package let description: String
  }

  /// Reads job `job` of a parsed prometheus.yml (its only job when `job` is nil): several entries give
  /// several zones; entries with different projects or filters are refused, since one gcloud command
  /// cannot reproduce them.
  package static func load(job: String?, from document: YAMLDocument) throws(LoadError) -> ScrapeJobFilter {
    let jobs = scrapeConfigs(in: document)
    guard let job = job ?? (jobs.count == 1 ? jobs[0].name : nil) else {
      let names = jobs.map(\.name)
      throw LoadError(
        description: names.isEmpty
          ? "the file has no scrape_configs"
          : "the file has \(names.count) jobs (\(names.joined(separator: ", "))); name one with --job")
    }
    guard let scrape = jobs.first(where: { $0.name == job }) else {
      let names = jobs.map(\.name)
      let hint =
        Suggestions.nearest(to: job, in: names).first.map { "; did you mean '\($0)'?" }
        ?? (names.isEmpty ? "; the file has no scrape_configs" : "; jobs: \(names.joined(separator: ", "))")
      throw LoadError(description: "no scrape config has job_name '\(job)'\(hint)")
    }
    let entries = scrape.node.flatMap { document.value(forKey: "gce_sd_configs", in: $0) }.map(document.items) ?? []
    guard !entries.isEmpty else {
      throw LoadError(
        description: "job '\(job)' has no gce_sd_configs entries; pick a job that discovers GCE instances")
    }
    let entryNodes = entries.map(document.resolve)
    let projects = unique(entryNodes.map { scalar("project", in: $0, document) })
    let filters = unique(entryNodes.map { scalar("filter", in: $0, document) })
    guard projects.count == 1 else {
      let listed = projects.map { $0 ?? "none" }.joined(separator: ", ")
      throw LoadError(
        description: "job '\(job)' lists instances in several projects (\(listed)); "
          + "one gcloud command covers one project, so translate each entry's filter on its own")
    }
    guard filters.count == 1 else {
      throw LoadError(
        description: "job '\(job)' uses different filters in its gce_sd_configs entries; "
          + "translate each entry's filter on its own")
    }
    let zones = unique(entryNodes.compactMap { scalar("zone", in: $0, document) })
    return ScrapeJobFilter(project: projects[0], zones: zones.compactMap { $0 }, filter: filters[0])
  }

  private static func scrapeConfigs(in document: YAMLDocument) -> [(name: String, node: YAMLNode.ID?)] {
    guard let root = document.root, let list = document.value(forKey: "scrape_configs", in: root) else { return [] }
    return document.items(list).map(document.resolve).compactMap { item in
      scalar("job_name", in: item, document).map { ($0, item) }
    }
  }

  private static func scalar(_ key: String, in mapping: YAMLNode.ID, _ document: YAMLDocument) -> String? {
    guard let id = document.value(forKey: key, in: mapping) else { return nil }
    let node = document[id]
    guard node.kind == .scalar, !node.isNull else { return nil }
    return node.value
  }

  private static func unique<T: Hashable>(_ values: [T]) -> [T] {
    var seen = Set<T>()
    return values.filter { seen.insert($0).inserted }
  }
}
