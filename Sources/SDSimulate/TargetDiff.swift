/// What a configuration change does to the targets of the same instances: per job, the targets that start
/// or stop being scraped and the labels that change, and the jobs added or removed.
///
/// A target is identified by its job and the instance it comes from; an instance discovered more than once
/// in a job (two entries listing its zone) is matched in order.
package struct TargetDiff: Sendable, Equatable {
  /// How one job's targets change.
  package struct JobChange: Sendable, Equatable {
    /// Whether the job is new, gone or in both configurations.
    package enum Kind: String, Sendable {
      case added, removed, changed
    }

    /// The job name.
    package let job: String
    /// Whether the job is new, gone or in both.
    package let kind: Kind
    /// Targets scraped in the new configuration only.
    package var started: [SimulatedTarget] = []
    /// Targets scraped in the old configuration only, with why the new one drops them (nil when the
    /// instance is not discovered at all, as when the job is removed).
    package var stopped: [(target: SimulatedTarget, reason: TargetDropReason?)] = []
    /// Targets scraped in both whose labels differ.
    package var relabelled: [(old: SimulatedTarget, new: SimulatedTarget, changes: [LabelChange])] = []

    /// True when nothing about the job's targets changes.
    package var isEmpty: Bool { started.isEmpty && stopped.isEmpty && relabelled.isEmpty }

    package static func == (lhs: JobChange, rhs: JobChange) -> Bool {
      lhs.job == rhs.job && lhs.kind == rhs.kind && lhs.started == rhs.started
        && lhs.stopped.map(\.target) == rhs.stopped.map(\.target)
        && lhs.stopped.map(\.reason) == rhs.stopped.map(\.reason)
        && lhs.relabelled.map(\.new) == rhs.relabelled.map(\.new)
        && lhs.relabelled.map(\.changes) == rhs.relabelled.map(\.changes)
    }
  }

  /// One label's old and new value (nil where the label is absent).
  package struct LabelChange: Sendable, Hashable {
    /// The label name.
    package let name: String
    /// The value before, nil when the label is new.
    package let old: String?
    /// The value after, nil when the label is gone.
    package let new: String?
  }

  /// The jobs whose targets change, in the new configuration's order, then removed jobs.
  package let jobs: [JobChange]

  /// The difference between simulating the old and the new configuration over the same instances. The old
  /// simulation need keep only its targets (`TargetSimulator.Recording.targetsOnly`); the new one its drops too,
  /// which say why a target stops.
  package init(old: TargetSimulation, new: TargetSimulation) {
    let oldJobs = Self.jobOrder(old)
    let newJobs = Self.jobOrder(new)
    let oldTargets = Self.targetsByJob(old)
    let newTargets = Self.targetsByJob(new)
    var changes: [JobChange] = []
    for job in newJobs {
      var change = JobChange(job: job, kind: oldJobs.contains(job) ? .changed : .added)
      let before = Self.keyed(oldTargets[job] ?? [])
      let after = Self.keyed(newTargets[job] ?? [])
      for (key, target) in after.pairs where before.values[key] == nil { change.started.append(target) }
      var stopped: [(Key, SimulatedTarget)] = []
      for (key, target) in before.pairs {
        guard let now = after.values[key] else {
          stopped.append((key, target))
          continue
        }
        let labelChanges = Self.changes(from: target.labels, to: now.labels)
        if !labelChanges.isEmpty { change.relabelled.append((target, now, labelChanges)) }
      }
      let drops = Self.firstDrops(in: new, job: job, of: Set(stopped.map(\.0.instance)))
      change.stopped = stopped.map { ($0.1, drops[$0.0.instance]) }
      if !change.isEmpty || change.kind == .added { changes.append(change) }
    }
    for job in oldJobs where !newJobs.contains(job) {
      var change = JobChange(job: job, kind: .removed)
      change.stopped = Self.keyed(oldTargets[job] ?? []).pairs.map { ($0.1, nil) }
      changes.append(change)
    }
    jobs = changes
  }

  /// True when no job and no target changes.
  package var isEmpty: Bool { jobs.allSatisfy { $0.kind == .changed && $0.isEmpty } }

  /// The number of targets that stop being scraped.
  package var stoppedCount: Int { jobs.reduce(0) { $0 + $1.stopped.count } }
  /// The number of targets that start being scraped.
  package var startedCount: Int { jobs.reduce(0) { $0 + $1.started.count } }
  /// The number of targets whose labels change.
  package var relabelledCount: Int { jobs.reduce(0) { $0 + $1.relabelled.count } }

  /// A target's identity across the two simulations.
  private struct Key: Hashable {
    var instance: String
    var occurrence: Int
  }

  /// The targets of each job, in simulation order.
  private static func targetsByJob(_ simulation: TargetSimulation) -> [String: [SimulatedTarget]] {
    Dictionary(grouping: simulation.targets, by: \.job)
  }

  /// A job's targets keyed by instance (and occurrence), in simulation order.
  private static func keyed(_ targets: [SimulatedTarget])
    -> (pairs: [(Key, SimulatedTarget)], values: [Key: SimulatedTarget])
  {
    var seen: [String: Int] = [:]
    var pairs: [(Key, SimulatedTarget)] = []
    for target in targets {
      let occurrence = seen[target.instanceName, default: 0]
      seen[target.instanceName] = occurrence + 1
      pairs.append((Key(instance: target.instanceName, occurrence: occurrence), target))
    }
    return (pairs, Dictionary(pairs) { first, _ in first })
  }

  /// The first reason `simulation` gives for dropping each instance of `names` in `job`.
  private static func firstDrops(in simulation: TargetSimulation, job: String, of names: Set<String>)
    -> [String: TargetDropReason]
  {
    guard !names.isEmpty, let jobIndex = simulation.jobs.firstIndex(of: job) else { return [:] }
    let records = simulation.dropRecords
    var reasons: [String: TargetDropReason] = [:]
    for record in records[firstDrop(in: records, ofJob: jobIndex)..<firstDrop(in: records, ofJob: jobIndex + 1)]
    where names.contains(record.instanceName) && reasons[record.instanceName] == nil {
      reasons[record.instanceName] = simulation.dropReasons[Int(record.reason)]
    }
    return reasons
  }

  /// The index of the first record of job `job` or a later job in `records`, which come in job order.
  private static func firstDrop(in records: [TargetSimulation.DropRecord], ofJob job: Int) -> Int {
    var low = 0
    var high = records.count
    while low < high {
      let middle = (low + high) / 2
      if Int(records[middle].job) < job { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Every job a simulation names or targets, in first-seen order.
  private static func jobOrder(_ simulation: TargetSimulation) -> [String] {
    var seen = Set<String>()
    return (simulation.jobs + simulation.targets.map(\.job)).filter { seen.insert($0).inserted }
  }

  /// The labels that differ, by name.
  private static func changes(from old: LabelSet, to new: LabelSet) -> [LabelChange] {
    let names = Set(old.map(\.name)).union(new.map(\.name)).sorted()
    return names.compactMap { name in
      old[name] == new[name] ? nil : LabelChange(name: name, old: old[name], new: new[name])
    }
  }
}
