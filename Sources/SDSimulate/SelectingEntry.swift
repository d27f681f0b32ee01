import GCEFilter
import GCEKnowledge
import PrometheusModel
import SDJSON

/// One `gce_sd_configs` entry of a job, ready to select instances: its discovery and its parsed filter.
struct SelectingEntry {
  let discovery: GCEDiscovery
  let filterText: String
  let filter: FilterExpr?

  /// Parses the entry's filter; throws for a filter the simulation cannot evaluate.
  init(_ entry: GCESDConfig, index: Int, job: String) throws(TargetSimulationError) {
    discovery = GCEDiscovery(
      project: entry.project, zone: entry.zone, port: Int(entry.port), tagSeparator: entry.tagSeparator)
    filterText = entry.filter
    if entry.filter.isEmpty {
      filter = nil
    } else {
      do {
        filter = try APIFilter.parse(entry.filter)
      } catch {
        throw .unparsableFilter(job: job, entry: index, filter: entry.filter, error: error)
      }
    }
  }

  /// The top-level instance fields the filter reads (`labels` for `labels.env`).
  var filterFields: [String] {
    (filter?.restrictions ?? []).map { String($0.key.path.prefix { $0 != "." }) }
  }

  /// True when the filter accepts `instance` (always, without a filter).
  func accepts(_ instance: JSONValue) -> Bool {
    filter.map { FilterEvaluator.matches($0, instance) } ?? true
  }
}
