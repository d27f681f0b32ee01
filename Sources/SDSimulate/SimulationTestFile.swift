import SDCore

/// A decoded `sdgen test` file: the configuration to simulate, the instances, and the cases.
package struct SimulationTestFile: Hashable, Sendable {
  /// The test file's path.
  package let path: String
  /// The prometheus.yml or spec, as written (relative to the test file).
  package var config: String
  /// Where `config` is written.
  package var configRange: SourceRange
  /// A gcloud JSON listing, as written (relative to the test file).
  package var instancesFile: String?
  /// Where `instances_file` is written.
  package var instancesFileRange: SourceRange?
  /// Instances written in the file, added after those of `instancesFile`.
  package var instances: [InlineInstance] = []
  /// The cases, in file order.
  package var cases: [SimulationTestCase] = []

  /// A file with only a configuration.
  package init(path: String, config: String, configRange: SourceRange) {
    self.path = path
    self.config = config
    self.configRange = configRange
  }

  /// `relative` resolved against the test file's folder (absolute paths stay as they are).
  package func resolve(_ relative: String) -> String {
    if relative.hasPrefix("/") { return relative }
    guard let slash = path.lastIndex(of: "/") else { return relative }
    return String(path[...slash]) + relative
  }
}
