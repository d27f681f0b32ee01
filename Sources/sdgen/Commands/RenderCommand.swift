import ArgumentParser
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit
import SDLint
import SDRender

/// `sdgen render`: turns a spec into prometheus.yml, writes it atomically, or checks a file is current.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render prometheus.yml from an sdgen spec.",
    discussion: """
      Checks the spec as 'sdgen lint' does, then prints the rendered configuration, writes it atomically \
      with -o, or with --check compares it with an existing file and prints a unified diff when they \
      differ (exit 1). Findings go to standard error at the spec's lines; one at or above --fail-on stops \
      rendering and writes nothing. Exit 0 on success, 1 on such findings or a --check difference, 2 when \
      a file cannot be read or written.
      """
  )

  @Argument(help: "The spec file (sdgen.yml), or - for standard input.")
  var spec: String

  @Option(name: [.short, .customLong("output")], help: "Write the result to this file (atomically).")
  var output: String?

  @Option(name: .customLong("check"), help: "Exit 1 and print a diff when this file differs from the result.")
  var check: String?

  @Option(name: .customLong("base"), help: "Add the generated jobs to this existing prometheus.yml.")
  var base: String?

  @Option(
    name: .customLong("zones-file"),
    help: "A file of zone names (gcloud compute zones list --format='value(name)') to use instead of the bundled list.")
  var zonesFile: String?

  @Option(
    name: .customLong("fail-on"),
    help: "The lowest severity of a spec finding that stops rendering (exit 1): error, warning or info.")
  var failOn: Severity = .error

  func validate() throws {
    if output != nil && check != nil {
      throw ValidationError("Use either -o to write or --check to compare, not both.")
    }
  }

  func run() throws {
    let (status, checked) = try render()
    // The spec, its rendering and the rendered configuration the rules read are hundreds of thousands of
    // small objects on a large spec; the process ends here instead of freeing them, as `sdgen lint` does.
    withExtendedLifetime(checked) { exitWithoutTeardown(status) }
  }

  /// Renders, reports and delivers the spec; returns the exit status and what the rendering was made
  /// from (for the caller to keep until the process ends).
  func render() throws -> (status: Int32, checked: SpecLintResult) {
    let specSource: SourceText
    var baseSource: SourceText?
    do {
      specSource = SourceText(path: spec, bytes: try AtomicFile.read(spec))
      if let base { baseSource = SourceText(path: base, bytes: try AtomicFile.read(base)) }
    } catch {
      throw failJob("\(error)")
    }
    var options = LintOptions()
    options.zones = try loadZoneCatalogue(zonesFile)
    let (result, checked) = SpecLinter(Linter(options: options)).render(specSource, base: baseSource, failOn: failOn)
    // Advice is for 'sdgen lint'; rendering shows what is likely wrong, and what --fail-on asks about.
    let shown = result.diagnostics.filter { $0.severity >= min(.warning, failOn) }
    if !shown.isEmpty {
      let file = LintReport.File(
        path: spec, source: specSource, diagnostics: shown, includedSources: baseSource.map { [$0] } ?? [])
      let useColor = StandardStream.error.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      writeStandardError(TextFormatter(useColor: useColor).format(LintReport(files: [file], rules: [])))
    }
    return (try deliver(result.output), checked)
  }

  /// Prints `rendered`, writes it to `-o` or compares it with `--check`, and returns the exit status:
  /// 1 when nothing may be written or the checked file differs.
  private func deliver(_ rendered: String?) throws -> Int32 {
    guard let rendered else { return 1 }
    if let check {
      return try compare(rendered, with: check)
    } else if let output {
      try refuseOverwritingInput(output, inputs: [spec, base, zonesFile].compactMap { $0 })
      do {
        try AtomicFile.write(Array(rendered.utf8), to: output)
      } catch {
        throw failJob("\(error)")
      }
    } else {
      print(rendered, terminator: "")
    }
    return 0
  }

  /// Prints a unified diff and returns 1 when `path` does not hold `rendered`, else 0; a missing file counts as empty.
  private func compare(_ rendered: String, with path: String) throws -> Int32 {
    var current = ""
    if FileManager.default.fileExists(atPath: path) {
      do {
        current = String(decoding: try AtomicFile.read(path), as: UTF8.self)
      } catch {
        throw failJob("\(error)")
      }
    }
    // The generated-file header is not part of the configuration: a hand-written equivalent is current.
    let keepsHeader = current.isEmpty || current.hasPrefix(ConfigRenderer.header)
    let expected = keepsHeader ? rendered : String(rendered.trimmingPrefix(ConfigRenderer.header))
    let diff = UnifiedDiff.diff(old: current, new: expected, oldName: path, newName: "\(path) (rendered from \(spec))")
    guard !diff.isEmpty else { return 0 }
    print(diff, terminator: "")
    writeStandardError("sdgen: \(path) is out of date; run 'sdgen render \(spec) -o \(path)' to update it.\n")
    return 1
  }
}
