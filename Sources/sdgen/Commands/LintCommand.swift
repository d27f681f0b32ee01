import ArgumentParser
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit
import SDLint
import SDRender

/// `sdgen lint`: compiler-style diagnostics for prometheus.yml files.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check prometheus.yml files for the mistakes promtool lets through.",
    discussion: """
      Exit status: 0 when nothing at or above --fail-on was found, 1 when something was, \
      2 when a file could not be read or a flag value is wrong.
      """)

  @Argument(
    help: "The files to lint: files, folders (their Prometheus and spec YAML files), glob patterns; '-' reads standard input.")
  var files: [String]

  @Option(help: "Output format: text, compact, json, sarif or github.")
  var format: OutputFormat = .text

  @Option(help: "Colour the text report: auto (on a terminal, honouring NO_COLOR and FORCE_COLOR), always or never.")
  var color: ColorChoice = .auto

  @Option(name: .shortAndLong, help: "Write the chosen format to FILE; the terminal still gets text.")
  var output: String?

  @Option(
    name: .customLong("fail-on"), help: "The lowest severity that makes the exit status 1: error, warning or info.")
  var failOn: Severity = .error

  @Option(
    name: .customLong("prometheus-version"), help: "The Prometheus version to check against, e.g. 2.42.",
    transform: prometheusVersionArgument)
  var prometheusVersion: PrometheusVersion?

  @Option(
    name: .customLong("zones-file"), help: "A file of zone names (gcloud compute zones list --format='value(name)').")
  var zonesFile: String?

  @Option(help: "Read the files as: auto (a spec when it has jobs, defaults or templates and no scrape_configs), spec or prometheus.")
  var kind: LintOptions.FileKind = .auto

  @Option(help: "Turn a rule off (repeatable).", completion: .list(RuleRegistry.ids.sorted()))
  var disable: [String] = []

  @Option(
    help: "Turn a rule on at its default severity, even when .sdgen.yml turns it off (repeatable).",
    completion: .list(RuleRegistry.ids.sorted()))
  var enable: [String] = []

  @Option(name: .customLong("config"), help: "Read settings from this file instead of the nearest .sdgen.yml.")
  var configFile: String?

  @Flag(help: "Apply safe fixes to the files in place.")
  var fix = false

  @Flag(name: .customLong("dry-run"), help: "With --fix, print the changes as a diff instead of writing them.")
  var dryRun = false

  func validate() throws {
    if dryRun && !fix { throw ValidationError("--dry-run only goes with --fix.") }
    if fix && !dryRun && files.contains("-") {
      throw ValidationError("--fix cannot rewrite standard input; name the files, or add --dry-run to see the diff.")
    }
  }

  func run() throws {
    var linters: [String: Linter] = [:]
    var reportFiles: [LintReport.File] = []
    var lintedFiles: [LintedFile] = []
    let inputs = LintInputs(arguments: files)
    if let skipped = inputs.skippedSummary { writeStandardError("sdgen: note: \(skipped)\n") }
    var unreadable = false
    for path in inputs.files {
      let bytes: [UInt8]
      do {
        bytes = try AtomicFile.read(path)
      } catch {
        // The other files are still linted and reported; the exit status says one could not be.
        _ = failJob("\(error)")
        unreadable = true
        continue
      }
      let source = SourceText(path: path, bytes: bytes)
      let linter = try linter(for: path, cache: &linters)
      var linted = linter.lintFollowingIncludes(source)
      if fix {
        linted = try applyFixes(linted, to: source, linter: linter)
      }
      reportFiles.append(
        LintReport.File(
          path: path, source: source, diagnostics: linted.diagnostics, includedSources: linted.includedSources))
      lintedFiles.append(linted)
    }
    if unreadable && reportFiles.isEmpty { throw ExitCode(2) }
    let report = LintReport(files: Self.lintingIncludedFilesOnce(reportFiles), rules: RuleRegistry.all.map(\.info))
    try emit(report)
    let status: Int32 = unreadable ? 2 : report.summary.count(atLeast: failOn) > 0 ? 1 : 0
    // Freeing the parsed documents and decoded configurations, millions of small objects on a large file,
    // would cost more than a tenth of the run; the process ends here instead, as compilers do.
    withExtendedLifetime(lintedFiles) { exitWithoutTeardown(status) }
  }

  /// Drops a file named on the command line that another named file already pulls in, so it is linted once.
  private static func lintingIncludedFilesOnce(_ files: [LintReport.File]) -> [LintReport.File] {
    let included = Set(files.flatMap { $0.includedSources.map { canonical($0.path) } })
    guard !included.isEmpty else { return files }
    return files.filter { !included.contains(canonical($0.path)) }
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The linter for the file at `path`, set up by the `.sdgen.yml` that --config names, else the nearest
  /// one above the file's folder, else the nearest one above the working directory; one per configuration.
  private func linter(for path: String, cache: inout [String: Linter]) throws -> Linter {
    let configPath = configFile ?? Self.nearestConfiguration(for: path)
    if let linter = cache[configPath ?? ""] { return linter }
    let linter = Linter(options: try lintOptions(configPath: configPath))
    cache[configPath ?? ""] = linter
    return linter
  }

  private static func nearestConfiguration(for path: String) -> String? {
    let workingDirectory = FileManager.default.currentDirectoryPath
    let workingFolder = URL(fileURLWithPath: workingDirectory)
    guard path != "-" else { return LintConfiguration.find(from: workingFolder)?.path }
    let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    let folder = URL(fileURLWithPath: absolute).deletingLastPathComponent()
    return (LintConfiguration.find(from: folder) ?? LintConfiguration.find(from: workingFolder))?.path
  }

  private func lintOptions(configPath: String?) throws -> LintOptions {
    var options = LintOptions()
    var configuration: LintConfiguration?
    if let configPath {
      do {
        configuration = try LintConfiguration(path: configPath)
      } catch {
        throw failJob("\(error)")
      }
      configuration?.apply(to: &options)
    }
    if let prometheusVersion { options.prometheusVersion = prometheusVersion }
    options.fileKind = kind
    if let zonesFile {
      options.zones = try loadZoneCatalogue(zonesFile)
    } else if let configuration, let zonesFile = configuration.zonesFile {
      options.zones = try loadZoneCatalogue(zonesFile, from: "zones_file in \(configuration.path)")
    }
    for rule in disable + enable where !RuleRegistry.ids.contains(rule) {
      let hint = Suggestions.nearest(to: rule, in: RuleRegistry.ids.sorted()).first.map { " (did you mean '\($0)'?)" }
      throw failJob("'\(rule)' is not a sdgen rule\(hint ?? ""); run 'sdgen rules' to list them")
    }
    for rule in disable { options.severityOverrides[rule] = .some(nil) }
    for rule in enable { options.severityOverrides.removeValue(forKey: rule) }
    return options
  }

  /// Applies the safe fixes to the file and the files it includes, writes them (or prints the diffs) and
  /// returns what is left to report.
  private func applyFixes(_ linted: LintedFile, to source: SourceText, linter: Linter) throws -> LintedFile {
    var changed = false
    for (file, text) in [(nil, source)] + linted.includedSources.map({ ($0.path as String?, $0) }) {
      let result = FixApplier().apply(linted.diagnostics, to: text, file: file)
      guard !result.applied.isEmpty else { continue }
      changed = true
      if dryRun {
        let diff = UnifiedDiff.diff(
          old: String(decoding: text.bytes, as: UTF8.self), new: String(decoding: result.bytes, as: UTF8.self),
          oldName: "a/\(text.path)", newName: "b/\(text.path)")
        print(diff, terminator: "")
        continue
      }
      do {
        try AtomicFile.write(result.bytes, to: text.path)
      } catch {
        throw failJob("\(error)")
      }
      writeStandardError("\(text.path): applied \(result.applied.count) fix(es)\n")
    }
    guard changed, !dryRun else { return linted }
    do {
      return linter.lintFollowingIncludes(SourceText(path: source.path, bytes: try AtomicFile.read(source.path)))
    } catch {
      throw failJob("\(error)")
    }
  }

  private func emit(_ report: LintReport) throws {
    let environment = ProcessInfo.processInfo.environment
    let useColor = color.usesColor(isTerminal: StandardStream.output.isTerminal, environment: environment)
    let sourceRoot = FileManager.default.currentDirectoryPath
    if let output {
      let text = format.formatter(useColor: false, sourceRoot: sourceRoot).format(report)
      do {
        try AtomicFile.write(Array(text.utf8), to: output)
      } catch {
        throw failJob("\(error)")
      }
      print(OutputFormat.text.formatter(useColor: useColor).format(report), terminator: "")
      return
    }
    print(format.formatter(useColor: useColor, sourceRoot: sourceRoot).format(report), terminator: "")
    if format == .text, environment["GITHUB_ACTIONS"] == "true" {
      print(OutputFormat.github.formatter(useColor: false).format(report), terminator: "")
    }
  }

}

extension OutputFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension LintOptions.FileKind: ExpressibleByArgument {}
