import ArgumentParser
import FoundationEssentials
import SDConfigKit

/// `sdgen test`: runs relabelling test files against the simulator.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Check which targets a configuration scrapes against the expectations of test files.",
    discussion: """
      Each test file names a prometheus.yml or spec ('config'), instances ('instances_file' with \
      'gcloud compute instances list --format=json' output, and/or short 'instances'), and 'tests': cases \
      saying an instance in a job is scraped at an address with labels, is dropped (by the filter or by rule \
      N), or that a job has N targets. Prints each failing case with a label diff and the relabel trace. \
      Exit 0 when every case passes, 1 when one fails, 2 when a file cannot be read or is invalid. \
      See docs/testing.md.
      """
  )

  @Argument(help: "The test files.")
  var files: [String]

  @Option(help: "Output format: text, json, github or junit.")
  var format: SimulationTestReport.Format = .text

  @Option(
    name: .customLong("prometheus-version"), help: "The Prometheus version whose semantics apply, e.g. 2.42.",
    transform: prometheusVersionArgument)
  var prometheusVersion: PrometheusVersion = .newest

  func run() throws {
    var reports: [SimulationTestReport.File] = []
    var broken = false
    for path in files {
      if let results = results(of: path) {
        reports.append(SimulationTestReport.File(path: path, results: results))
      } else {
        broken = true
      }
    }
    Swift.print(SimulationTestReport.format(reports, as: format), terminator: "")
    if broken { throw ExitCode(2) }
    if reports.contains(where: { $0.results.contains { !$0.passed } }) { throw ExitCode(1) }
  }

  /// The results of one file, or nil after reporting why it cannot run.
  private func results(of path: String) -> [SimulationTestResult]? {
    guard let bytes = read(path) else { return nil }
    let source = SourceText(path: path, bytes: bytes)
    let decoded = SimulationTestFileDecoder.decode(source)
    guard let file = decoded.file else {
      report(decoded.diagnostics, in: source)
      return nil
    }
    let configPath = file.resolve(file.config)
    guard let configBytes = read(configPath, at: "\(path):\(file.configRange.start)") else { return nil }
    let loaded = PrometheusConfigSource.load(
      SourceText(path: configPath, bytes: configBytes), version: prometheusVersion)
    guard let config = loaded.config else {
      report(loaded.diagnostics.filter { $0.severity == .error }, in: loaded.source)
      return nil
    }
    var instances = InstanceList()
    if let listing = file.instancesFile {
      let listingPath = file.resolve(listing)
      guard let listingBytes = read(listingPath, at: "\(path):\(file.instancesFileRange!.start)") else { return nil }
      do {
        instances = try InstanceListing.parse(listingBytes)
      } catch {
        writeStandardError("sdgen: error: \(listingPath): \(error)\n")
        return nil
      }
    }
    do {
      let runner = try SimulationTestRunner(
        config: config, instances: instances, inline: file.instances, version: prometheusVersion)
      return runner.run(file.cases)
    } catch {
      writeStandardError("sdgen: error: \(path): \(error)\n")
      return nil
    }
  }

  private func report(_ diagnostics: [Diagnostic], in source: SourceText) {
    let file = LintReport.File(path: source.path, source: source, diagnostics: diagnostics)
    let useColor = StandardStream.error.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    writeStandardError(TextFormatter(useColor: useColor).format(LintReport(files: [file], rules: [])))
  }

  /// The file's bytes, or nil after an error line (naming `place`, where the test file names it).
  private func read(_ path: String, at place: String? = nil) -> [UInt8]? {
    do {
      return try AtomicFile.read(path)
    } catch {
      writeStandardError("sdgen: error: \(place.map { "\($0): " } ?? "")\(error)\n")
      return nil
    }
  }
}

extension SimulationTestReport.Format: ExpressibleByArgument {}
