/// A problem found in a Compute API filter, positioned inside the filter text, for lint rules.
package struct FilterFinding: Sendable, Hashable {
  /// What kind of problem this is.
  package enum Kind: String, Sendable, Hashable {
    /// Not valid API filter syntax.
    case syntax
    /// Written in gcloud `--filter` syntax, which the API rejects.
    case gcloudSyntax
    /// The regex (`eq`/`ne`) and AIP dialects mixed in one filter.
    case mixedDialects
    /// The regex dialect combined with AND/OR/NOT or without parentheses around several terms.
    case regexWithLogic
    /// A field the Instance resource does not have.
    case unknownField
    /// A value an enum field never takes.
    case invalidEnumValue
    /// A label key with upper-case letters, which GCE labels never have.
    case uppercaseLabelKey
    /// A URL-valued field compared with a short name.
    case urlFieldShortName
    /// A repeated field, which the API cannot filter on.
    case repeatedField
  }

  /// The kind of problem.
  package let kind: Kind
  /// Where it is: 1-based column (Unicode scalars) and length inside the filter text.
  package let span: FilterSpan
  /// One sentence saying what is wrong.
  package let message: String
  /// One sentence saying what to do, when there is something concrete.
  package let help: String?
  /// Text that should replace `span` to fix the problem, when one fix is clear.
  package let replacement: String?
  /// True when the term is negated (`!=`), so the mistake lets every instance through instead of none.
  package var isNegated = false

  /// The 1-based column (in Unicode scalars) where the problem starts inside the filter text.
  package var column: Int { span.column }

  /// How many Unicode scalars the problem covers.
  package var length: Int { span.length }
}
