/// One finding about a source file: what is wrong, where, which rule says so, and what to do.
public struct Diagnostic: Hashable, Sendable {
  /// The rule id in `category/name` form, e.g. `gce/unknown-zone`.
  public var rule: RuleID
  /// How serious the finding is.
  public var severity: Severity
  /// One sentence saying what is wrong.
  public var message: String
  /// Where the finding is; `range.start` is what editors jump to.
  public var range: SourceRange
  /// The file the range points into; nil for the file being processed.
  public var file: String?
  /// One sentence saying what to do, if there is something concrete.
  public var help: String?
  /// Further context, such as the other place of a duplicate.
  public var notes: [String]
  /// Suggested changes.
  public var fixes: [Fix]

  /// Creates a diagnostic.
  public init(
    rule: RuleID,
    severity: Severity,
    message: String,
    range: SourceRange,
    file: String? = nil,
    help: String? = nil,
    notes: [String] = [],
    fixes: [Fix] = []
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.range = range
    self.file = file
    self.help = help
    self.notes = notes
    self.fixes = fixes
  }
}

extension Diagnostic {
  /// Orders diagnostics by file, line, column, then rule id.
  package static func sourceOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    let lf = lhs.file ?? ""
    let rf = rhs.file ?? ""
    if lf != rf { return lf < rf }
    if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
    return lhs.rule < rhs.rule
  }
}
