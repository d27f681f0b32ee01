import SDCore

/// What one `sdgen lint` run found, handed to a `DiagnosticFormatter`: the linted files with their
/// diagnostics, and the metadata of the rules that can report them.
public struct LintReport: Sendable {
  /// One linted file.
  public struct File: Sendable {
    /// The path as shown to the user.
    public var path: String
    /// The file's text, for source lines under diagnostics.
    public var source: SourceText
    /// What was found; a diagnostic whose `file` is set points into one of `includedSources`.
    public var diagnostics: [Diagnostic]
    /// Files this one pulled in (`scrape_config_files`), by the path diagnostics name them with.
    public var includedSources: [SourceText]

    /// Creates a linted file.
    public init(path: String, source: SourceText, diagnostics: [Diagnostic], includedSources: [SourceText] = []) {
      self.path = path
      self.source = source
      self.diagnostics = diagnostics
      self.includedSources = includedSources
    }
  }

  /// The linted files, in any order.
  public var files: [File]
  /// Every rule that may appear in `files`' diagnostics, in registry order.
  public var rules: [RuleInfo]

  /// Creates a report.
  public init(files: [File], rules: [RuleInfo]) {
    self.files = files
    self.rules = rules
  }

  /// Every diagnostic with the file it points into, sorted by path, line, column, then rule id.
  package var entries: [ReportedDiagnostic] {
    var sources: [String: SourceText] = [:]
    for file in files {
      for included in file.includedSources { sources[included.path] = included }
    }
    for file in files { sources[file.path] = file.source }
    var result: [ReportedDiagnostic] = []
    result.reserveCapacity(files.reduce(0) { $0 + $1.diagnostics.count })
    for file in files {
      var last: (path: String, source: SourceText?)?
      for diagnostic in file.diagnostics {
        let path = diagnostic.file ?? file.path
        if last?.path != path { last = (path, sources[path]) }
        result.append(ReportedDiagnostic(path: path, source: last?.source, diagnostic: diagnostic))
      }
    }
    // The linter hands each file's findings over sorted, so one pass usually shows there is nothing to sort.
    if result.indices.dropFirst().allSatisfy({ !Self.precedes(result[$0], result[$0 - 1]) }) { return result }
    return result.enumerated().sorted { lhs, rhs in
      if Self.precedes(lhs.element, rhs.element) { return true }
      if Self.precedes(rhs.element, lhs.element) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// Orders entries by path, line, column, then rule id.
  private static func precedes(_ l: ReportedDiagnostic, _ r: ReportedDiagnostic) -> Bool {
    if l.path != r.path { return l.path < r.path }
    if l.diagnostic.range.start != r.diagnostic.range.start {
      return l.diagnostic.range.start < r.diagnostic.range.start
    }
    return l.diagnostic.rule < r.diagnostic.rule
  }

  /// The counts for the summary line: files read (linted, included, or pointed into by a diagnostic)
  /// and diagnostics per severity.
  public var summary: LintSummary {
    var paths = Set(files.map(\.path))
    for file in files {
      for included in file.includedSources { paths.insert(included.path) }
    }
    var counts = LintSummary(files: 0)
    for file in files {
      for diagnostic in file.diagnostics {
        counts.add(diagnostic.severity)
        if let path = diagnostic.file { paths.insert(path) }
      }
    }
    counts.files = paths.count
    return counts
  }
}
