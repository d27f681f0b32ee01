import SDCore
import GCEFilter

/// Why a configuration cannot be simulated, with what to do about it.
public enum TargetSimulationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `--job` names no job of the configuration.
  case unknownJob(String, known: [String])
  /// A `gce_sd_configs` filter does not parse with the Compute API grammar.
  case unparsableFilter(job: String, entry: Int, filter: String, error: FilterError)
  /// A relabel rule Prometheus would refuse to load.
  case invalidRelabelRule(job: String, rule: Relabeler.InvalidRule)

  /// One sentence saying what is wrong and what to do.
  public var description: String {
    switch self {
    case .unknownJob(let name, let known):
      let nearest = Suggestions.nearest(to: name, in: known).first.map { " (did you mean '\($0)'?)" } ?? ""
      let list = known.isEmpty ? "the configuration has no jobs" : "its jobs are " + known.joined(separator: ", ")
      return "no job is named '\(name)'\(nearest); \(list)"
    case .unparsableFilter(let job, let entry, let filter, let error):
      return "job '\(job)' gce_sd_configs[\(entry)]: the filter '\(filter)' is not a valid Compute API "
        + "filter (\(error)), so the API would reject the listing; fix the filter (sdgen gcloud-filter helps)"
    case .invalidRelabelRule(let job, let rule):
      return "job '\(job)': \(rule); Prometheus would refuse this configuration, fix the rule first"
    }
  }
}
