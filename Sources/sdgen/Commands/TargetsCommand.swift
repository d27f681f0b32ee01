import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit
import SDRender

/// `sdgen targets`: simulates GCE discovery and relabelling over instance listings.
struct TargetsCommand: ParsableCommand {
  /// The output formats of the command.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, github
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

      With --diff OLD, compares what OLD and CONFIG do to the same instances: per job, the targets that start \
      or stop being scraped (with what now drops them) and the labels that change. OLD and CONFIG may be \
      git:REV:path (read with git show). Exit 0 when nothing changes, 1 when something does (with \
      --fail-on-drop: only when a target stops being scraped), 2 on errors. Formats: text, json, markdown \
      (for a pull-request comment) and github (annotations, then text).
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

  @Option(help: "Output format: text or json; with --diff also markdown or github.")
  var format: Format = .text

  @Option(
    name: .customLong("diff"),
    help: ArgumentHelp("Compare with this older configuration (a file or git:REV:path).", valueName: "old"))
  var oldConfig: String?

  @Flag(name: .customLong("fail-on-drop"), help: "With --diff, exit 1 only when a target stops being scraped.")
  var failOnDrop = false

  @Option(
    name: .customLong("prometheus-version"), help: "The Prometheus version whose semantics apply, e.g. 2.42.",
    transform: prometheusVersionArgument)
  var prometheusVersion: PrometheusVersion = .newest

  func validate() throws {
    if instanceFiles.isEmpty {
      throw ValidationError("Give at least one --instances file (gcloud compute instances list --format=json).")
    }
    if oldConfig == nil, format == .markdown || format == .github || failOnDrop {
      throw ValidationError("--format markdown and github and --fail-on-drop go with --diff OLD.")
    }
    if oldConfig != nil, explainInstance != nil {
      throw ValidationError("--explain shows one configuration; leave out --diff.")
    }
  }

  func run() throws {
    // Both configurations load before the listings, so a bad one fails fast and the listing is read once.
    let newConfig = try load(config)
    let oldConfig = try self.oldConfig.map(load)
    var instances = InstanceList()
    for path in instanceFiles {
      do {
        instances.append(contentsOf: try InstanceListing.parse(try read(path)))
      } catch let error as InstanceListingError {
        throw failJob("\(path): \(error)")
      }
    }
    guard let oldConfig else {
      let recording = explainInstance.map(TargetSimulator.Recording.explaining) ?? .report
      let simulation = try simulate([(newConfig.config, recording)], over: instances)[0]
      for warning in simulation.warnings { writeStandardError("sdgen: warning: \(warning)\n") }
      try print(simulation)
      return
    }
    // Both configurations are simulated in one pass over the listing; the old one keeps only its targets.
    let simulations = try simulate([(newConfig.config, .report), (oldConfig.config, .targetsOnly)], over: instances)
    let diff = TargetDiff(old: simulations[1], new: simulations[0])
    let anchors = format == .github ? diffAnchors(newConfig.source) : nil
    let reportFormat = TargetDiffReport.Format(rawValue: format.rawValue) ?? .text
    Swift.print(TargetDiffReport.format(diff, as: reportFormat, anchors: anchors), terminator: "")
    let changed = failOnDrop ? diff.stoppedCount > 0 : !diff.isEmpty
    if changed { throw ExitCode(1) }
  }

  /// Where the new configuration writes each job and rule: a spec's job names, or a prometheus.yml's jobs and
  /// relabel rules.
  private func diffAnchors(_ source: SourceText) -> TargetDiffReport.Anchors {
    let parsed = YAMLParser().parse(source)
    guard PrometheusConfigSource.isSpec(parsed.document) else {
      let config = ConfigDecoder(version: prometheusVersion).decode(parsed.document).config
      return TargetDiffAnchors.of(config, in: parsed.document, file: source.path)
    }
    var anchors = TargetDiffReport.Anchors(file: source.path)
    for job in SpecDecoder.decode(source).spec.jobs { anchors.jobLines[job.name.value] = job.name.range.start.line }
    return anchors
  }

  /// The configuration named `name` (a path or `git:REV:path`), decoded, and its text; problems go to
  /// standard error, and one that stops decoding ends the command (1, or 2 with --diff).
  private func load(_ name: String) throws -> (config: PrometheusConfig, source: SourceText) {
    let source = SourceText(path: name, bytes: try read(name))
    let loaded = PrometheusConfigSource.load(source, version: prometheusVersion)
    if !loaded.diagnostics.isEmpty {
      let file = LintReport.File(path: loaded.source.path, source: loaded.source, diagnostics: loaded.diagnostics)
      let useColor = StandardStream.error.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      writeStandardError(TextFormatter(useColor: useColor).format(LintReport(files: [file], rules: [])))
    }
    guard let decoded = loaded.config else { throw ExitCode(self.oldConfig == nil ? 1 : 2) }
    return (decoded, source)
  }

  /// The simulations of `configs` over `instances`, each keeping what its recording asks for.
  private func simulate(_ configs: [(PrometheusConfig, TargetSimulator.Recording)], over instances: InstanceList)
    throws -> [TargetSimulation]
  {
    do {
      let simulators = configs.map { (TargetSimulator(config: $0.0, version: prometheusVersion), $0.1) }
      return try TargetSimulator.simulate(simulators, over: instances, job: job)
    } catch {
      writeStandardError("sdgen: error: \(error)\n")
      // A --job that names no job is a bad flag value (2, as everywhere); a relabel rule that does not
      // compile is a configuration error (1), or an error of the comparison with --diff (2).
      if case .unknownJob = error { throw ExitCode(2) }
      throw ExitCode(oldConfig == nil ? 1 : 2)
    }
  }

  private func print(_ simulation: TargetSimulation) throws {
    if let explainInstance {
      guard let explanation = TargetTextReport.explain(explainInstance, in: simulation) else {
        throw failJob("no instance named '\(explainInstance)' is in the listings; check the name")
      }
      Swift.print(explanation, terminator: "")
      return
    }
    var output = StandardOutput()
    if format == .json {
      TargetJSONReport.write(simulation, to: &output)
    } else {
      TargetTextReport.write(simulation, to: &output)
    }
    output.flush()
  }

  private func read(_ path: String) throws -> [UInt8] {
    if let (revision, file) = GitRevisionFile.parse(path) {
      switch GitRevisionFile.contents(revision: revision, path: file) {
      case .success(let bytes): return bytes
      case .failure(let error): throw failJob("\(error)")
      }
    }
    do {
      return try AtomicFile.read(path)
    } catch {
      throw failJob("\(error)")
    }
  }
}
