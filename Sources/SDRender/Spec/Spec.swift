import SDYAML

/// A decoded `sdgen.yml`: Prometheus sections copied as written, defaults for every job, relabel
/// templates, and the jobs to render.
package struct Spec: Sendable {
  /// Top-level Prometheus sections (`global`, `rule_files`, `alerting`, …) in the order written.
  package var sections: [Located<YAMLEntry>] = []
  /// Settings every job starts from; a job's own value for a key wins.
  package var defaults = SpecJob(name: Located("", range: .fileStart))
  /// Templates defined in the spec; they take precedence over shipped ones of the same name.
  package var templates: [String: RelabelTemplate] = [:]
  /// The jobs, in the order written.
  package var jobs: [SpecJob] = []

  /// An empty spec.
  package init() {}
}
