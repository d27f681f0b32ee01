#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// A `scrape_config_files` pattern resolved the way Prometheus does: relative to the directory of the
/// file that names it, a wildcard only in the last path element, matches in lexical order (Go's
/// `filepath.Glob`).
struct IncludePattern: Sendable {
  /// The pattern as written.
  let pattern: String
  /// The pattern joined to the including file's directory.
  let path: String

  /// Resolves `pattern` against the directory of `includingFile`.
  init(_ pattern: String, includingFile: String) {
    self.pattern = pattern
    let directory = Self.directory(of: includingFile)
    if pattern.hasPrefix("/") || directory.isEmpty || directory == "." {
      path = pattern
    } else {
      path = directory + "/" + pattern
    }
  }

  /// True when the pattern has no glob characters, so it names one file.
  var isLiteral: Bool { !path.contains(where: { "*?[\\".contains($0) }) }

  /// The existing files the pattern matches, sorted; a literal names at most itself.
  func matches() -> [String] {
    let files = FileManager.default
    if isLiteral {
      var isDirectory = false
      return files.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory ? [path] : []
    }
    let directory = Self.directory(of: path)
    let namePattern = String(path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...])
    guard let names = try? files.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return [] }
    return names.filter { fnmatch(namePattern, $0, 0) == 0 }.sorted().map {
      directory.isEmpty ? $0 : directory + "/" + $0
    }
  }

  /// The directory part of `path` as written: empty for a bare name, `/` for a file at the root.
  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
