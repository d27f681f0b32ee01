import ArgumentParser
import FoundationEssentials
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

  @Argument(help: "The files to lint; '-' reads standard input.")
  var files: [String]

  @Option(help: "Output format: text, compact, json, sarif or github.")
  var format: OutputFormat = .text

  @Option(name: .shortAndLong, help: "Write the chosen format to FILE; the terminal still gets text.")
  var output: String?

  @Option(
    name: .customLong("fail-on"), help: "The lowest severity that makes the exit status 1: error, warning or info.")
  var failOn: Severity = .error

  @Option(name: .customLong("prometheus-version"), help: "The Prometheus version to check against, e.g. 2.42.")
  var prometheusVersion: PrometheusVersion?

  @Option(
    name: .customLong("zones-file"), help: "A file of zone names (gcloud compute zones list --format='value(name)').")
  var zonesFile: String?

  @Option(help: "Read the files as: auto (a spec when it has jobs, defaults or templates and no scrape_configs), spec or prometheus.")
  var kind: LintOptions.FileKind = .auto

  @Option(help: "Turn a rule off (repeatable).")
  var disable: [String] = []

  @Option(help: "Turn a rule on at its default severity, even when .sdgen.yml turns it off (repeatable).")
  var enable: [String] = []

  @Option(name: .customLong("config"), help: "Read settings from this file instead of the nearest .sdgen.yml.")
  var configFile: String?

  @Flag(help: "Apply safe fixes to the files in place.")
  var fix = false

  @Flag(name: .customLong("dry-run"), help: "With --fix, print the changes as a diff instead of writing them.")
  var dryRun = false

  func validate() throws {
    if dryRun && !fix { throw ValidationError("--dry-run only goes with --fix.") }
    if fix && files.contains("-") { throw ValidationError("--fix cannot rewrite standard input; name the files.") }
  }

  func run() throws {
    let outcome = try lint()
    // Freeing the parsed documents and decoded configurations, millions of small objects on a large file,
    // would cost more than a tenth of the run; the process ends here instead, as compilers do.
    withExtendedLifetime(outcome.lintedFiles) { exitWithoutTeardown(outcome.status) }
  }

  /// What one lint run ends with: the exit status, and the linted files the process still holds.
  struct Outcome {
    /// 1 when something at or above `--fail-on` was found, else 0.
    let status: Int32
    /// The files' documents and configurations, left for the process exit to drop.
    let lintedFiles: [LintedFile]
  }

  /// Lints the files and prints (or writes) the report, without ending the process: `run` does that.
  func lint() throws -> Outcome {
    let options = try lintOptions()
    let linter = Linter(options: options)
    var reportFiles: [LintReport.File] = []
    var lintedFiles: [LintedFile] = []
    for path in files {
      let bytes: [UInt8]
      do {
        bytes = try AtomicFile.read(path)
      } catch {
        throw failJob("\(error)")
      }
      let source = SourceText(path: path, bytes: bytes)
      var linted = linter.lintFollowingIncludes(source)
      if fix {
        linted = try applyFixes(linted, to: source, linter: linter)
      }
      reportFiles.append(
        LintReport.File(
          path: path, source: source, diagnostics: linted.diagnostics, includedSources: linted.includedSources))
      lintedFiles.append(linted)
    }
    let report = LintReport(files: Self.lintingIncludedFilesOnce(reportFiles), rules: RuleRegistry.all.map(\.info))
    try emit(report)
    return Outcome(status: report.summary.count(atLeast: failOn) > 0 ? 1 : 0, lintedFiles: lintedFiles)
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

  private func lintOptions() throws -> LintOptions {
    var options = LintOptions()
    let configPath =
      configFile
      ?? LintConfiguration.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))?.path
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
    if let zonesFile = zonesFile ?? configuration?.zonesFile { options.zones = try loadZoneCatalogue(zonesFile) }
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
    let useColor = StandardStream.output.isTerminal && environment["NO_COLOR"] == nil && output == nil
    let sourceRoot = FileManager.default.currentDirectoryPath
    if let output {
      let text = format.formatter(useColor: false, sourceRoot: sourceRoot).format(report)
      do {
        try AtomicFile.write(Array(text.utf8), to: output)
      } catch {
        throw failJob("\(error)")
      }
      print(
        OutputFormat.text.formatter(useColor: StandardStream.output.isTerminal && environment["NO_COLOR"] == nil)
          .format(
            report), terminator: "")
      return
    }
    print(format.formatter(useColor: useColor, sourceRoot: sourceRoot).format(report), terminator: "")
    if format == .text, environment["GITHUB_ACTIONS"] == "true" {
      print(OutputFormat.github.formatter(useColor: false).format(report), terminator: "")
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension LintOptions.FileKind: ExpressibleByArgument {}

extension PrometheusVersion: ExpressibleByArgument {
  /// Parses `X.Y` from the command line.
  public init?(argument: String) { self.init(parsing: argument) }
}
