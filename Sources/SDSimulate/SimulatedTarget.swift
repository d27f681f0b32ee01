/// One target a job scrapes after discovery and relabelling.
public struct SimulatedTarget: Hashable, Sendable {
  /// The job name.
  public let job: String
  /// The GCE instance name the target came from.
  public let instanceName: String
  /// The address Prometheus scrapes (`__address__` after relabelling, with the default port when
  /// the version adds one).
  public let address: String
  /// The labels Prometheus's targets page shows: every label left after relabelling except the
  /// `__`-prefixed ones, with `instance` defaulted to the address. (The labels before relabelling are in
  /// the target's trace, `TargetSimulation.traces`, when the simulation keeps traces.)
  public let labels: LabelSet

  /// Creates a target.
  package init(job: String, instanceName: String, address: String, labels: LabelSet) {
    self.job = job
    self.instanceName = instanceName
    self.address = address
    self.labels = labels
  }
}
