/// What `sdgen targets` found: the targets, the dropped or excluded instances, the relabel trace of
/// every discovered instance and the warnings.
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

  /// The targets, by job in configuration order, then in listing order.
  public var targets: [SimulatedTarget] = []
  /// The instances that did not become targets, in the same order.
  public var dropped: [DroppedTarget] = []
  /// One trace per discovered instance and job, in the same order.
  package var traces: [Trace] = []
  /// Sentences about likely mistakes (a job without targets, a rule that changes nothing, targets
  /// with identical labels, GCE label collisions).
  public var warnings: [String] = []
  /// The jobs simulated (those with `gce_sd_configs`), in configuration order.
  public var jobs: [String] = []

  /// An empty result.
  package init() {}
}
