import ArgumentParser
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit

/// `sdgen targets`: simulates GCE discovery and relabelling over instance listings.
struct TargetsCommand: ParsableCommand {
  /// The output formats of the command.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  static let configuration = CommandConfiguration(
    commandName: "targets",
    abstract: "Show the targets a configuration's gce_sd_configs jobs scrape, offline.",
    discussion: """
      CONFIG is a prometheus.yml, or an sdgen spec (top-level 'jobs', 'defaults' or 'templates' and no 'scrape_configs'), which is rendered \
      first. Instances come from 'gcloud compute instances list --format=json' or an API instances.list / \
      aggregatedList response. Prints the targets with their final labels and the dropped instances with \
      the reason; warnings go to standard error. Exit 0 on success, 1 on configuration errors, 2 when a file \
      cannot be read.
      """
  )

  @Argument(help: "The prometheus.yml or sdgen spec to simulate.")
  var config: String

  @Option(name: .customLong("instances"), help: "An instance listing in JSON (repeatable).")
  var instanceFiles: [String] = []

  @Option(help: "Simulate only this job.")
  var job: String?

  @Option(
    name: .customLong("explain"),
    help: ArgumentHelp("Print the label set after every relabel step for this instance.", valueName: "instance"))
  var explainInstance: String?

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(
    name: .customLong("prometheus-version"), help: "The Prometheus version whose semantics apply, e.g. 2.42.",
    transform: prometheusVersionArgument)
  var prometheusVersion: PrometheusVersion = .newest

  func validate() throws {
    if instanceFiles.isEmpty {
      throw ValidationError("Give at least one --instances file (gcloud compute instances list --format=json).")
    }
  }

  func run() throws {
    let source = SourceText(path: config, bytes: try read(config))
    var instances: [JSONValue] = []
    for path in instanceFiles {
      do {
        instances += try InstanceListing.parse(try read(path))
      } catch let error as InstanceListingError {
        throw failJob("\(path): \(error)")
      }
    }
    let loaded = PrometheusConfigSource.load(source, version: prometheusVersion)
    if !loaded.diagnostics.isEmpty {
      let file = LintReport.File(path: loaded.source.path, source: loaded.source, diagnostics: loaded.diagnostics)
      let useColor = StandardStream.error.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      writeStandardError(TextFormatter(useColor: useColor).format(LintReport(files: [file], rules: [])))
    }
    guard let decoded = loaded.config else { throw ExitCode(1) }
    let simulation: TargetSimulation
    do {
      simulation = try TargetSimulator(config: decoded, version: prometheusVersion).simulate(instances, job: job)
    } catch {
      writeStandardError("sdgen: error: \(error)\n")
      throw ExitCode(1)
    }
    for warning in simulation.warnings { writeStandardError("sdgen: warning: \(warning)\n") }
    try print(simulation)
  }

  private func print(_ simulation: TargetSimulation) throws {
    let output: String
    if let explainInstance {
      guard let explanation = TargetTextReport.explain(explainInstance, in: simulation) else {
        throw failJob("no instance named '\(explainInstance)' is in the listings; check the name")
      }
      output = explanation
    } else {
      output = format == .json ? TargetJSONReport.format(simulation) : TargetTextReport.format(simulation)
    }
    Swift.print(output, terminator: "")
  }

  private func read(_ path: String) throws -> [UInt8] {
    do {
      return try AtomicFile.read(path)
    } catch {
      throw failJob("\(error)")
    }
  }
}
