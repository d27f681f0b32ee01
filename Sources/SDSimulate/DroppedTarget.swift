/// An instance that did not become a target of a job, and why.
public struct DroppedTarget: Hashable, Sendable {
  /// The job name.
  public let job: String
  /// The GCE instance name.
  public let instanceName: String
  /// Why it was dropped or excluded.
  public let reason: TargetDropReason

  /// Creates a record.
  package init(job: String, instanceName: String, reason: TargetDropReason) {
    self.job = job
    self.instanceName = instanceName
    self.reason = reason
  }
}
