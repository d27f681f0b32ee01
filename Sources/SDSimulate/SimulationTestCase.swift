import SDCore

/// One case of an `sdgen test` file: what the simulation of one job must show.
package struct SimulationTestCase: Hashable, Sendable {
  /// What a drop must be caused by.
  package enum DropCause: Hashable, Sendable, CustomStringConvertible {
    /// Any reason.
    case any
    /// The job's `filter`.
    case filter
    /// No entry of the job lists the instance's zone and project.
    case location
    /// The relabel rule with this 0-based index.
    case rule(Int)

    /// `dropped`, `dropped by the filter`, … as a phrase.
    package var description: String {
      switch self {
      case .any: "dropped"
      case .filter: "dropped by the filter"
      case .location: "not listed by any gce_sd_configs entry"
      case .rule(let index): "dropped by rule \(index)"
      }
    }
  }

  /// What the case expects.
  package enum Expectation: Hashable, Sendable {
    /// The instance is scraped, at `address` when given, with `labels` exactly or at least.
    case scraped(address: String?, labels: LabelSet?, exactly: Bool)
    /// The instance is not a target.
    case dropped(DropCause)
    /// The job has this many targets.
    case targetCount(Int)
  }

  /// The case's name: its `name`, or one made from what it expects.
  package let name: String
  /// The job the case is about.
  package let job: String
  /// The instance the case is about; nil for target counts.
  package let instance: String?
  /// What must hold.
  package let expectation: Expectation
  /// Where the case is written.
  package let range: SourceRange

  /// Creates a case; a nil `name` is made from the expectation.
  package init(name: String?, job: String, instance: String?, expectation: Expectation, range: SourceRange) {
    self.job = job
    self.instance = instance
    self.expectation = expectation
    self.range = range
    self.name = name ?? Self.defaultName(job: job, instance: instance, expectation: expectation)
  }

  private static func defaultName(job: String, instance: String?, expectation: Expectation) -> String {
    let subject = "instance \(instance ?? "") in job \(job)"
    switch expectation {
    case .scraped(let address, _, _): return "\(subject) is scraped" + (address.map { " at \($0)" } ?? "")
    case .dropped(let cause): return "\(subject) is \(cause)"
    case .targetCount(let count): return "job \(job) has \(count) target\(count == 1 ? "" : "s")"
    }
  }
}
