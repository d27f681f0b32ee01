#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

import PrometheusModel
import SDCore
import SDRender
import SDYAML

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// The files `sdgen lint` reads, from its arguments: a file or `-` as named; a glob pattern the shell
/// left quoted, expanded in lexical order; a folder, whose `*.yml` and `*.yaml` files (hidden folders
/// such as `.git` left out) are linted when they are Prometheus configurations or sdgen specs.
package struct LintInputs: Sendable {
  /// The files to lint, in the order found.
  package private(set) var files: [String] = []
  /// YAML files under a named folder that are neither Prometheus configurations nor specs.
  package private(set) var skipped: [String] = []

  /// Expands `arguments`. A pattern that matches nothing is kept as written, so reading it fails
  /// and is reported.
  package init(arguments: [String]) {
    for argument in arguments {
      var isDirectory = false
      if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
        if isDirectory { collect(folder: argument) } else { files.append(argument) }
      } else if argument.contains(where: { "*?[".contains($0) }) {
        let matches = Self.glob(argument)
        if matches.isEmpty { files.append(argument) } else { matches.forEach { collect(argument: $0) } }
      } else {
        files.append(argument)
      }
    }
  }

  /// A summary of what was skipped, one sentence, or nil when nothing was.
  package var skippedSummary: String? {
    guard !skipped.isEmpty else { return nil }
    let count = skipped.count == 1 ? "1 YAML file" : "\(skipped.count) YAML files"
    return "skipped \(count) that \(skipped.count == 1 ? "is" : "are") neither a Prometheus configuration "
      + "nor an sdgen spec: \(skipped.joined(separator: ", "))"
  }

  private mutating func collect(argument path: String) {
    var isDirectory = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory {
      collect(folder: path)
    } else {
      files.append(path)
    }
  }

  private mutating func collect(folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      files.append(folder)
      return
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = prefix + name
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory {
        collect(folder: path)
      } else if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
        if Self.isLintable(path) { files.append(path) } else { skipped.append(path) }
      }
    }
  }

  /// True for a Prometheus configuration (a top-level Prometheus section, or a bare list of scrape
  /// configs), an sdgen spec (only spec and Prometheus sections), or a file that is not valid YAML (so
  /// its error is reported).
  static func isLintable(_ path: String) -> Bool {
    guard let bytes = try? AtomicFile.read(path) else { return true }
    let parsed = YAMLParser().parse(SourceText(path: path, bytes: bytes))
    if parsed.failed { return true }
    let document = parsed.document
    guard let root = document.root else { return false }
    switch document[root].kind {
    case .mapping:
      // A Prometheus section makes it a configuration; spec sections alone (`jobs`, `defaults`) also
      // start GitHub workflows, so a spec may have no key that is neither a spec nor a Prometheus section.
      let keys = document.mappingEntries(root).map { document[document.resolve($0.key)].value }
      let prometheus = Set(Schema.keys(of: .top).map(\.name))
      if keys.contains(where: prometheus.contains) { return true }
      let spec = Set(SpecSchema.specSections)
      return keys.contains(where: spec.contains) && keys.allSatisfy { spec.contains($0) || prometheus.contains($0) }
    case .sequence:
      guard let first = document.items(root).first.map(document.resolve), document[first].kind == .mapping else {
        return false
      }
      return document.value(forKey: "job_name", in: first) != nil
    default:
      return false
    }
  }

  /// The paths `pattern` matches, sorted (glob(3), no `~` or brace expansion).
  private static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    #if canImport(Darwin)
      let status = Darwin.glob(pattern, 0, nil, &result)
    #else
      let status = Glibc.glob(pattern, 0, nil, &result)
    #endif
    guard status == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
  }
}
