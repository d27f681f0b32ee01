import SDCore

/// How many files a lint run read and how many diagnostics of each severity it found.
public struct LintSummary: Hashable, Sendable, CustomStringConvertible {
  /// The number of files read, included files counted once each.
  public var files: Int
  /// The number of errors.
  public var errors = 0
  /// The number of warnings.
  public var warnings = 0
  /// The number of infos.
  public var infos = 0

  /// Creates a summary of `files` files with no diagnostics yet.
  package init(files: Int) {
    self.files = files
  }

  /// Counts one more diagnostic of `severity`.
  package mutating func add(_ severity: Severity) {
    switch severity {
    case .error: errors += 1
    case .warning: warnings += 1
    case .info: infos += 1
    }
  }

  /// The number of diagnostics at `severity` or above, for `--fail-on`.
  public func count(atLeast severity: Severity) -> Int {
    switch severity {
    case .error: errors
    case .warning: errors + warnings
    case .info: errors + warnings + infos
    }
  }

  /// The summary line: `2 errors, 1 warning, 0 infos in 3 files`, or `no problems found in 1 file`.
  public var description: String {
    let scope = "in \(Self.counted(files, "file"))"
    if errors + warnings + infos == 0 { return "no problems found \(scope)" }
    let counts = [Self.counted(errors, "error"), Self.counted(warnings, "warning"), Self.counted(infos, "info")]
    return "\(counts.joined(separator: ", ")) \(scope)"
  }

  private static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
