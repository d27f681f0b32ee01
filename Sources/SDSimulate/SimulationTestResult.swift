/// The outcome of one case: passed, or what was expected against what the simulation gave.
public struct SimulationTestResult: Hashable, Sendable {
  /// The case.
  public let testCase: SimulationTestCase
  /// True when the simulation shows what the case expects.
  public let passed: Bool
  /// What the case expects, as a phrase.
  public let expected: String
  /// What the simulation gave, as a phrase.
  public let simulated: String
  /// For label mismatches: `-name="v"` (expected, missing), `+name="v"` (unexpected),
  /// `~name: "want" != "got"`, in name order.
  public let labelDiff: [String]
  /// The relabel trace of the instance in the job (as `targets --explain` prints it), for failures.
  public let trace: String?
}
