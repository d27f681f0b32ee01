import ArgumentParser
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit

/// `sdgen gcloud-filter`: translates a Compute API filter to gcloud `--filter` syntax or back, or
/// prints a complete `gcloud compute instances list` command for a job of a prometheus.yml.
struct GcloudFilterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gcloud-filter",
    abstract: "Translate a Compute API filter to gcloud --filter syntax, or back; or evaluate one.",
    discussion: """
      Prints the translation alone on stdout; notes on approximate terms go to stderr. An unparsable or \
      untranslatable filter exits 1 with a caret under the offending part. With --eval FILE, prints the names \
      of the instances of FILE (gcloud compute instances list --format=json) that the filter keeps, one per \
      line: as gcloud keeps them for --from gcloud, as sdgen assumes the Compute API does for --from api.
      """
  )

  /// The dialect of the filter given.
  enum Dialect: String, ExpressibleByArgument, CaseIterable {
    case api, gcloud
  }

  @Argument(help: "The filter to translate (quote it for the shell).")
  var expression: String?

  @Option(help: "The dialect of EXPRESSION: api (translate to gcloud) or gcloud (translate to the API).")
  var from: Dialect = .api

  @Flag(help: "Exit 1 when the translation is only approximate.")
  var strict = false

  @Flag(help: "Print a complete, shell-quoted 'gcloud compute instances list' command line.")
  var command = false

  @Option(
    name: .customLong("file"),
    help: ArgumentHelp("A prometheus.yml or spec to take the project, zones and filter from; '-' reads standard input.", valueName: "file"))
  var file: String?

  /// The former name of --file, kept so existing scripts work.
  @Option(name: .customLong("config"), help: .hidden)
  var legacyConfigFile: String?

  @Option(help: "The job_name in --file whose gce_sd_configs to use (needed when the file has several jobs).")
  var job: String?

  @Option(
    name: .customLong("eval"),
    help: ArgumentHelp("Print the names of the instances in FILE that the filter keeps.", valueName: "file"))
  var instancesFile: String?

  private var config: String? { file ?? legacyConfigFile }

  @Option(help: "The project for --command.")
  var project: String?

  @Option(name: .customLong("zone"), help: "A zone for --command; repeat for several.")
  var zones: [String] = []

  func validate() throws {
    if file != nil, legacyConfigFile != nil {
      throw ValidationError("--config is the old name of --file; give only --file.")
    }
    if config != nil, expression != nil {
      throw ValidationError("Give either a filter or --file, not both.")
    }
    if config == nil, expression == nil {
      throw ValidationError("Give a filter to translate, or --file FILE [--job NAME].")
    }
    if config == nil, job != nil {
      throw ValidationError("--job goes with --file.")
    }
    if config != nil, from == .gcloud {
      throw ValidationError("Filters in a prometheus.yml are API filters; drop --from gcloud.")
    }
    if config != nil, project != nil || !zones.isEmpty {
      throw ValidationError("--project and --zone come from the job with --file; drop them.")
    }
    if instancesFile != nil, command || config != nil || strict {
      throw ValidationError("--eval takes a filter alone; drop --command, --file and --strict.")
    }
    if !command, project != nil || !zones.isEmpty {
      throw ValidationError("--project and --zone only apply with --command.")
    }
  }

  func run() throws {
    if let instancesFile {
      try evaluate(expression ?? "", on: instancesFile)
      return
    }
    let target = try loadTarget()
    let filter = target.filter ?? ""
    if config != nil, target.filter == nil {
      let name = job.map { "job '\($0)'" } ?? "the file's only job"
      writeStandardError("note: \(name) has no filter, so it discovers every instance of its zones\n")
    }
    if command {
      let gcloudFilter = try translate(filter, from: from, toGcloud: true)
      print(GcloudCommandLine.instancesList(project: target.project, zones: target.zones, filter: gcloudFilter))
    } else {
      print(try translate(filter, from: from, toGcloud: from == .api))
    }
  }

  /// The filter in gcloud syntax (`toGcloud`) or API syntax, with notes and exit status as documented.
  private func translate(_ filter: String, from dialect: Dialect, toGcloud: Bool) throws -> String {
    do {
      if dialect == .gcloud && toGcloud { return GcloudFilter.print(try GcloudFilter.parse(filter)) }
      let translation = dialect == .api ? try APIFilter.toGcloud(filter) : try GcloudFilter.toAPI(filter)
      for (term, reason) in translation.approximations {
        writeStandardError("note: column \(term.span.column): '\(term.term)' translates approximately: \(reason)\n")
      }
      if strict, !translation.isExact {
        print(translation.text)
        writeStandardError("sdgen: error: the translation is approximate and --strict was given\n")
        throw ExitCode(1)
      }
      return translation.text
    } catch let error as FilterError {
      throw report(error, in: filter, dialect: dialect)
    }
  }

  /// Prints the name of every instance in `path` that `filter` keeps, in the file's order.
  private func evaluate(_ filter: String, on path: String) throws {
    let instances: InstanceList
    do {
      instances = try InstanceListing.parse(try AtomicFile.read(path))
    } catch let error as InstanceListingError {
      throw failJob("\(path): \(error)")
    } catch {
      throw failJob("\(error)")
    }
    let kept: [JSONValue]
    do throws(FilterError) {
      kept = try keptInstances(instances, filter: filter)
    } catch {
      throw report(error, in: filter, dialect: from)
    }
    for instance in kept {
      print(instance["name"]?.stringValue ?? "")
    }
  }

  /// The instances `filter` keeps, read in the dialect given by --from.
  private func keptInstances(_ instances: InstanceList, filter: String) throws(FilterError) -> [JSONValue] {
    if from == .gcloud {
      let evaluator = try GcloudFilterEvaluator(try GcloudFilter.parse(filter))
      return instances.filter { evaluator.matches($0) }
    }
    let expr = try APIFilter.parse(filter)
    return instances.filter { FilterEvaluator.matches(expr, $0) }
  }

  /// Writes `error` with a caret under the offending part and returns the exit status 1.
  private func report(_ error: FilterError, in filter: String, dialect: Dialect) -> ExitCode {
    var lines = ["sdgen: error: \(error.message)"]
    lines += error.caretLines(for: filter).map { "  " + $0 }
    if let help = error.help { lines.append("  = help: \(help)") }
    if dialect == .api, case .translatable = GcloudFilter.check(filter) {
      lines.append("  = note: this looks like gcloud syntax; add --from gcloud to translate it to the API")
    }
    writeStandardError(lines.joined(separator: "\n") + "\n")
    return ExitCode(1)
  }

  /// The project, zones and filter to use: from the job in --file, or from the arguments.
  private func loadTarget() throws -> ScrapeJobFilter {
    guard let config else {
      return ScrapeJobFilter(project: project, zones: zones, filter: expression)
    }
    let source: SourceText
    do {
      source = SourceText(path: config, bytes: try AtomicFile.read(config))
    } catch {
      throw failJob("\(error)")
    }
    guard let prometheusYAML = PrometheusConfigSource.load(source, version: .newest).prometheusYAML else {
      throw failJob("\(config) is an sdgen spec with errors; run 'sdgen render \(config)' to see them")
    }
    let parsed = YAMLParser().parse(prometheusYAML)
    if parsed.failed, let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
      throw failJob("\(config):\(problem.range.start.line):\(problem.range.start.column): \(problem.message)")
    }
    do {
      return try ScrapeJobFilter.load(job: job, from: parsed.document)
    } catch {
      throw failJob("\(config): \(error.description)")
    }
  }
}
