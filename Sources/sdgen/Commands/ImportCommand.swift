import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import SDConfigKit
import SDLint
import SDRender

/// `sdgen import`: writes the spec that renders to an existing prometheus.yml.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Write an sdgen spec that renders to the same configuration as an existing prometheus.yml.",
    discussion: """
      gce_sd_configs entries become zones, regions and projects, settings every job shares move to defaults, \
      relabel rules become uses of the shipped templates where one fits, and rule blocks repeated across jobs \
      become templates; everything else is kept as written. The spec is rendered and compared with the file \
      before it is written: a job that would not mean exactly the same is refused (exit 1). Exit 2 when a \
      file cannot be read or written.
      """)

  @Argument(help: "The prometheus.yml to import, or - for standard input.")
  var config: String

  @Option(name: [.short, .customLong("output")], help: "Write the spec to this file (atomically).")
  var output: String?

  @Option(
    name: .customLong("zones-file"),
    help: "A file of zone names (gcloud compute zones list --format='value(name)') to use instead of the bundled list.")
  var zonesFile: String?

  func run() throws {
    let source: SourceText
    do {
      source = SourceText(path: config, bytes: try AtomicFile.read(config))
    } catch {
      throw failJob("\(error)")
    }
    let result = SpecImporter.importConfig(source, zones: try loadZoneCatalogue(zonesFile))
    if !result.diagnostics.isEmpty {
      let file = LintReport.File(path: config, source: source, diagnostics: result.diagnostics, includedSources: [])
      let useColor = StandardStream.error.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      writeStandardError(TextFormatter(useColor: useColor).format(LintReport(files: [file], rules: [])))
    }
    guard let spec = result.output else { throw ExitCode(1) }
    guard let output else {
      print(spec, terminator: "")
      return
    }
    do {
      try AtomicFile.write(Array(spec.utf8), to: output)
    } catch {
      throw failJob("\(error)")
    }
  }
}
