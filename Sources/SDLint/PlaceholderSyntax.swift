/// A templating syntax whose placeholders `sdgen lint` recognises in a file that was not rendered yet.
package enum PlaceholderSyntax: Int, CaseIterable, Sendable {
  /// `${VAR}`: envsubst, shell heredocs, Terraform interpolation (`${var.zone}`).
  case dollarBrace
  /// `$VAR`: shell heredocs and envsubst.
  case dollarName
  /// `{{ .X }}` or `{{X}}`: Go templates, Helm, Jinja, Mustache.
  case doubleBrace
  /// `{NAME}`: placeholders in documentation.
  case singleBrace
  /// `%{ if … }`: Terraform template directives.
  case terraformDirective
  /// `{% if … %}`: Jinja and Ansible statements.
  case jinjaStatement

  /// How the syntax is shown to the user.
  package var example: String {
    switch self {
    case .dollarBrace: "${VAR}"
    case .dollarName: "$VAR"
    case .doubleBrace: "{{ X }}"
    case .singleBrace: "{NAME}"
    case .terraformDirective: "%{ if }"
    case .jinjaStatement: "{% if %}"
    }
  }

  /// True for `${VAR}` and `$VAR`, which Go's relabel templates read as group references.
  package var isDollar: Bool { self == .dollarBrace || self == .dollarName }
}
