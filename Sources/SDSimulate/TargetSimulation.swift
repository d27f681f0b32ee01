/// What `sdgen targets` found: the targets, the dropped or excluded instances, the relabel traces and the
/// warnings, as much of it as the simulation was asked to keep (`TargetSimulator.Recording`).
public struct TargetSimulation: Hashable, Sendable {
  /// The relabelling of one discovered instance in one job, for `--explain`.
  package struct Trace: Hashable, Sendable {
    /// The job name.
    package let job: String
    /// The GCE instance name.
    package let instanceName: String
    /// The label set after each rule.
    package let relabelling: RelabelTrace
    /// The result after the final steps.
    package let outcome: TargetPopulator.Outcome
  }

  /// One instance that did not become a target, kept small: a fleet gives one per job and instance the job
  /// does not select.
  package struct DropRecord: Hashable, Sendable {
    /// The job, as an index into `jobs`.
    package let job: Int32
    /// The GCE instance name.
    package let instanceName: String
    /// Why, as an index into `dropReasons`.
    package let reason: Int32
  }

  /// The targets, by job in configuration order, then in listing order.
  public internal(set) var targets: [SimulatedTarget] = []
  /// The instances that did not become targets, in the same order.
  public var dropped: [DroppedTarget] {
    dropRecords.map {
      DroppedTarget(job: jobs[Int($0.job)], instanceName: $0.instanceName, reason: dropReasons[Int($0.reason)])
    }
  }
  /// The dropped instances, in the order of `dropped`.
  package internal(set) var dropRecords: [DropRecord] = []
  /// Each distinct reason of `dropRecords`, once.
  package internal(set) var dropReasons: [TargetDropReason] = []
  /// The relabel traces kept, in the same order.
  package internal(set) var traces: [Trace] = []
  /// Sentences about likely mistakes (a job without targets, a rule that changes nothing, targets
  /// with identical labels, GCE label collisions).
  public internal(set) var warnings: [String] = []
  /// The jobs simulated (those with `gce_sd_configs`), in configuration order.
  public internal(set) var jobs: [String] = []

  /// An empty result.
  package init() {}
}
