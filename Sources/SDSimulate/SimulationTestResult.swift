/// The outcome of one case: passed, or what was expected against what the simulation gave.
package struct SimulationTestResult: Hashable, Sendable {
  /// The case.
  package let testCase: SimulationTestCase
  /// True when the simulation shows what the case expects.
  package let passed: Bool
  /// What the case expects, as a phrase.
  package let expected: String
  /// What the simulation gave, as a phrase.
  package let simulated: String
  /// For label mismatches: `-name="v"` (expected, missing), `+name="v"` (unexpected),
  /// `~name: "want" != "got"`, in name order.
  package let labelDiff: [String]
  /// The relabel trace of the instance in the job (as `targets --explain` prints it), for failures.
  package let trace: String?
}
