import ArgumentParser
import Foundation
import SDConfigKit

/// `sdgen render`: turns a spec into prometheus.yml, writes it atomically, or checks a file is current.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render prometheus.yml from an sdgen spec.",
    discussion: """
      Prints the rendered configuration, writes it atomically with -o, or with --check compares it with \
      an existing file and prints a unified diff when they differ (exit 1). Exit 0 on success, 1 on spec \
      errors or a --check difference, 2 when a file cannot be read or written.
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

  func validate() throws {
    if output != nil && check != nil {
      throw ValidationError("Use either -o to write or --check to compare, not both.")
    }
  }

  func run() throws {
    let specSource: SourceText
    var baseSource: SourceText?
    do {
      specSource = SourceText(path: spec, bytes: try AtomicFile.read(spec))
      if let base { baseSource = SourceText(path: base, bytes: try AtomicFile.read(base)) }
    } catch {
      throw failJob("\(error)")
    }
    let result = ConfigRenderer.render(spec: specSource, base: baseSource)
    let printer = DiagnosticPrinter(sources: [specSource] + (baseSource.map { [$0] } ?? []))
    writeStandardError(printer.format(result.diagnostics))
    guard let rendered = result.output else { throw ExitCode(1) }
    if let check {
      try compare(rendered, with: check)
    } else if let output {
      do {
        try AtomicFile.write(Array(rendered.utf8), to: output)
      } catch {
        throw failJob("\(error)")
      }
    } else {
      FileHandle.standardOutput.write(Data(rendered.utf8))
    }
  }

  /// Exits 1 with a unified diff on stdout when `path` does not hold `rendered`; a missing file counts as empty.
  private func compare(_ rendered: String, with path: String) throws {
    var current = ""
    if FileManager.default.fileExists(atPath: path) {
      do {
        current = String(decoding: try AtomicFile.read(path), as: UTF8.self)
      } catch {
        throw failJob("\(error)")
      }
    }
    let diff = UnifiedDiff.diff(old: current, new: rendered, oldName: path, newName: "\(path) (rendered from \(spec))")
    guard !diff.isEmpty else { return }
    FileHandle.standardOutput.write(Data(diff.utf8))
    writeStandardError("sdgen: \(path) is out of date; run 'sdgen render \(spec) -o \(path)' to update it.\n")
    throw ExitCode(1)
  }
}

/// Prints diagnostics compiler style: `file:line:col: severity: message [rule]`, the source line with
/// a caret under the range, then `= help:` and `= note:` lines.
private struct DiagnosticPrinter {
  /// Files whose lines can be shown, by path; diagnostics without a file point into the first.
  let sources: [SourceText]

  func format(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics {
      let source = diagnostic.file.map { path in sources.first { $0.path == path } } ?? sources.first
      let path = diagnostic.file ?? sources.first?.path ?? "-"
      let start = diagnostic.range.start
      out += "\(path):\(start.line):\(start.column): \(diagnostic.severity.rawValue): "
      out += "\(diagnostic.message) [\(diagnostic.rule)]\n"
      if let source, start.line <= source.lineCount {
        let gutter = String(repeating: " ", count: String(start.line).count)
        let end = diagnostic.range.end
        let width = end.line == start.line ? max(1, end.column - start.column) : 1
        out += "\(start.line) | \(source.line(start.line))\n"
        out += "\(gutter) | \(String(repeating: " ", count: start.column - 1))\(String(repeating: "^", count: width))\n"
      }
      if let help = diagnostic.help { out += "  = help: \(help)\n" }
      for note in diagnostic.notes { out += "  = note: \(note)\n" }
    }
    return out
  }
}
