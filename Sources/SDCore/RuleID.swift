/// The id of a lint rule, in `category/name` form (`gce/unknown-zone`), as diagnostics, `# sdgen:ignore`
/// directives, `--enable`/`--disable` and `.sdgen.yml` spell it. The built-in ids are the static
/// constants of `RuleID+BuiltIn.swift`; a custom rule makes its own with `RuleID("team/todo")`.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The id as users write it.
  public let rawValue: String

  /// The id spelt `rawValue`.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// The id spelt `rawValue`, e.g. `RuleID("team/todo")` for a custom rule.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// The id as users write it.
  public var description: String { rawValue }

  /// The part before the slash: `yaml` for `yaml/tabs`.
  package var category: Substring { rawValue.prefix { $0 != "/" } }

  /// Orders ids by their spelling.
  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
