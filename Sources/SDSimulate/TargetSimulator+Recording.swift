extension TargetSimulator {
  /// What a simulation keeps besides the targets and the warnings. A fleet-sized listing gives one dropped
  /// instance per job and instance the job does not select, and one relabel trace per target: a report
  /// keeps only what it prints.
  public struct Recording: Hashable, Sendable {
    /// Keep the instances that do not become targets, and why.
    package var drops: Bool
    /// Keep the relabel trace of every discovered instance.
    package var traces: Bool
    /// When set, drops and traces are kept for the instance of this name only.
    package var instance: String?

    /// Keeps what is asked for.
    package init(drops: Bool, traces: Bool, instance: String? = nil) {
      self.drops = drops
      self.traces = traces
      self.instance = instance
    }

    /// Everything: drops and traces of every instance.
    public static let everything = Recording(drops: true, traces: true)
    /// What the targets report prints: the drops, no traces.
    public static let report = Recording(drops: true, traces: false)
    /// The targets alone.
    public static let targetsOnly = Recording(drops: false, traces: false)

    /// What `--explain` prints: the drops and traces of `instance`.
    public static func explaining(_ instance: String) -> Recording {
      Recording(drops: true, traces: true, instance: instance)
    }

    /// True when the drops of the instance named `name` are kept.
    func keepsDrop(of name: String) -> Bool {
      drops && (instance == nil || instance == name)
    }

    /// True when the traces of the instance named `name` are kept.
    func keepsTrace(of name: String) -> Bool {
      traces && (instance == nil || instance == name)
    }
  }
}
