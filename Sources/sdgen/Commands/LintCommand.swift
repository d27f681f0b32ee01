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

  @Option(
    help: "Templating placeholders (${VAR}, {{ .X }}, …): auto skips checks on the values they stand for; off checks them.")
  var placeholders: PlaceholderMode?
  @Option(help: "Read the files as: auto (a spec when it has jobs, defaults or templates and no scrape_configs), spec or prometheus.")
  var kind: LintOptions.FileKind = .auto

  @Option(help: "Turn a rule off (repeatable).", completion: .list(RuleRegistry.spellings))
  var disable: [String] = []

  @Option(
    help: "Turn a rule on at its default severity, even when .sdgen.yml turns it off (repeatable).",
    completion: .list(RuleRegistry.spellings))
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
    let outcome = try lint()
    // Freeing the parsed documents and decoded configurations, millions of small objects on a large file,
    // would cost more than a tenth of the run; the process ends here instead, as compilers do.
    withExtendedLifetime(outcome.lintedFiles) { exitWithoutTeardown(outcome.status) }
  }

  /// What one lint run ends with: the exit status, and the linted files the process still holds.
  struct Outcome {
    /// 2 when a file could not be read, else 1 when something at or above `--fail-on` was found, else 0.
    let status: Int32
    /// The files' documents and configurations, left for the process exit to drop.
    let lintedFiles: [LintedFile]
  }

  /// Lints the files and prints (or writes) the report, without ending the process: `run` does that.
  func lint() throws -> Outcome {
    var linters: [String: Linter] = [:]
    var reportFiles: [LintReport.File] = []
    var lintedFiles: [LintedFile] = []
    let inputs = LintInputs(arguments: files)
    if let skipped = inputs.skippedSummary { writeStandardError("sdgen: note: \(skipped)\n") }
    var unreadable = false
    var changes: [FixSession.Change] = []
    for path in inputs.files {
      var source: SourceText
      do {
        source = SourceText(path: path, bytes: try AtomicFile.read(path))
      } catch {
        // The other files are still linted and reported; the exit status says one could not be.
        _ = failJob("\(error)")
        unreadable = true
        continue
      }
      let linter = try linter(for: path, cache: &linters)
      var linted: LintedFile
      if fix {
        let outcome = FixSession(linter: linter).fix(source)
        for refusal in outcome.refusals {
          writeStandardError("sdgen: note: \(refusal.path): not fixed: \(refusal.reason)\n")
        }
        changes += outcome.changes
        if !dryRun { (linted, source) = (outcome.linted, outcome.source) } else { linted = outcome.before }
      } else {
        linted = linter.lintFollowingIncludes(source)
      }
      reportFiles.append(
        LintReport.File(
          path: path, source: source, diagnostics: linted.diagnostics, includedSources: linted.includedSources))
      lintedFiles.append(linted)
    }
    if unreadable && reportFiles.isEmpty { throw ExitCode(2) }
    if let output {
      let inputs =
        files + reportFiles.flatMap { $0.includedSources.map(\.path) } + [configFile, zonesFile].compactMap { $0 }
      try refuseOverwritingInput(output, inputs: inputs)
    }
    let report = LintReport(files: Self.lintingIncludedFilesOnce(reportFiles), rules: RuleRegistry.all.map(\.info))
    try write(changes, report: report)
    emit(report)
    return Outcome(
      status: unreadable ? 2 : report.summary.count(atLeast: failOn) > 0 ? 1 : 0, lintedFiles: lintedFiles)
  }

  /// Writes the fixed files (each once, however often it was named) and the `-o` report as one
  /// change, so a failure to write any of them leaves every file as it was; with `--dry-run` the fixes
  /// are printed as diffs instead.
  private func write(_ changes: [FixSession.Change], report: LintReport) throws {
    var seen = Set<FileIdentity>()
    let unique = changes.filter { FileIdentity(path: $0.path).map { seen.insert($0).inserted } ?? true }
    var writes: [(path: String, bytes: [UInt8])] = []
    if dryRun {
      for change in unique {
        let diff = UnifiedDiff.diff(
          old: Self.text(change.oldBytes), new: Self.text(change.newBytes), oldName: "a/\(change.path)",
          newName: "b/\(change.path)")
        print(diff, terminator: "")
      }
    } else {
      writes = unique.map { ($0.path, $0.newBytes) }
    }
    if let output {
      let text = format.formatter(useColor: false, sourceRoot: FileManager.default.currentDirectoryPath).format(report)
      writes.append((output, Array(text.utf8)))
    }
    do {
      try AtomicFile.write(writes)
    } catch {
      throw failJob("\(error)")
    }
    if !dryRun {
      for change in unique { writeStandardError("\(change.path): applied \(change.appliedCount) fix(es)\n") }
    }
  }

  /// The text of a file's bytes in any encoding sdgen reads, for a diff.
  private static func text(_ bytes: [UInt8]) -> String {
    String(decoding: SourceText(path: "", bytes: bytes).bytes, as: UTF8.self)
  }

  /// Drops a file named on the command line that another file kept in the report already pulls in, so
  /// it is linted once; files are taken in order, so of two files that include each other the second
  /// stays and brings in the first.
  private static func lintingIncludedFilesOnce(_ files: [LintReport.File]) -> [LintReport.File] {
    let includes = files.map { Set($0.includedSources.compactMap { FileIdentity(path: $0.path) }) }
    guard includes.contains(where: { !$0.isEmpty }) else { return files }
    let identities = files.map { FileIdentity(path: $0.path) }
    var kept = Array(repeating: true, count: files.count)
    for index in files.indices {
      guard let identity = identities[index] else { continue }
      kept[index] = !files.indices.contains { other in
        other != index && kept[other] && identities[other] != identity && includes[other].contains(identity)
      }
    }
    return files.indices.filter { kept[$0] }.map { files[$0] }
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
    if let placeholders { options.placeholders = placeholders }
    options.fileKind = kind
    if let zonesFile {
      options.zones = try loadZoneCatalogue(zonesFile)
    } else if let configuration, let zonesFile = configuration.zonesFile {
      options.zones = try loadZoneCatalogue(zonesFile, from: "zones_file in \(configuration.path)")
    }
    for spelling in disable + enable where !RuleRegistry.ids.contains(RuleID(spelling)) {
      throw failJob(RuleRegistry.notARule(spelling))
    }
    for rule in disable.map(RuleID.init(_:)) { options.severityOverrides[rule] = .some(nil) }
    for rule in enable.map(RuleID.init(_:)) {
      // An opt-in rule needs an explicit severity; any other rule goes back to its default.
      if let info = RuleRegistry.rule(rule)?.info, !info.isOnByDefault {
        options.severityOverrides[rule] = info.defaultSeverity
      } else {
        options.severityOverrides.removeValue(forKey: rule)
      }
    }
    return options
  }

  /// Prints the report: in the chosen format, or as text when `-o` wrote the chosen format to a file.
  private func emit(_ report: LintReport) {
    let environment = ProcessInfo.processInfo.environment
    let useColor = color.usesColor(isTerminal: StandardStream.output.isTerminal, environment: environment)
    if output != nil {
      print(OutputFormat.text.formatter(useColor: useColor).format(report), terminator: "")
      return
    }
    let sourceRoot = FileManager.default.currentDirectoryPath
    print(format.formatter(useColor: useColor, sourceRoot: sourceRoot).format(report), terminator: "")
    if format == .text, environment["GITHUB_ACTIONS"] == "true" {
      print(OutputFormat.github.formatter(useColor: false).format(report), terminator: "")
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension PlaceholderMode: ExpressibleByArgument {}
extension LintOptions.FileKind: ExpressibleByArgument {}
