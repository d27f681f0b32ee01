/// When text output is coloured: `--color auto|always|never`.
package enum ColorChoice: String, CaseIterable, Sendable {
  /// Colour on a terminal, following the `NO_COLOR`, `FORCE_COLOR` and `CLICOLOR_FORCE` conventions.
  case auto
  /// Always colour.
  case always
  /// Never colour.
  case never

  /// Whether to colour output going to a terminal (`isTerminal`) or not, given the environment.
  /// In `auto`, a non-empty `NO_COLOR` turns colour off; otherwise a `FORCE_COLOR` or `CLICOLOR_FORCE`
  /// that is set and not `0` turns it on, even when the output is not a terminal.
  package func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      for name in ["FORCE_COLOR", "CLICOLOR_FORCE"] {
        if let value = environment[name], !value.isEmpty, value != "0" { return true }
      }
      return isTerminal
    }
  }
}
