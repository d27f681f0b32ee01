import SDCore
import PrometheusModel

/// A snippet of prometheus.yml that shows a rule at work. In a flagged example every `↓` marks where a
/// finding of the rule must start; a clean example must give no finding of the rule.
public struct RuleExample: Sendable {
  /// The marker placed just before the first character a finding points at.
  package static let marker: Character = "↓"

  /// The YAML text, with markers in flagged examples.
  package let text: String
  /// True when the rule must report something in this example.
  package let isFlagged: Bool
  /// The Prometheus version to lint against; nil for the newest.
  package let version: PrometheusVersion?
  /// The `known_projects` of `.sdgen.yml` to lint with.
  package var knownProjects: Set<String> = []
  /// For a spec rendered with `render --base`: the base file's text.
  package var base: String?

  /// A snippet the rule must flag at each `↓`.
  public static func flagged(
    _ text: String, version: PrometheusVersion? = nil, knownProjects: Set<String> = [], base: String? = nil
  ) -> RuleExample {
    RuleExample(text: text, isFlagged: true, version: version, knownProjects: knownProjects, base: base)
  }

  /// A snippet the rule must not flag.
  public static func clean(
    _ text: String, version: PrometheusVersion? = nil, knownProjects: Set<String> = [], base: String? = nil
  ) -> RuleExample {
    RuleExample(text: text, isFlagged: false, version: version, knownProjects: knownProjects, base: base)
  }

  /// The text without markers.
  package var source: String { text.filter { $0 != Self.marker } }

  /// The 1-based positions of the markers in `source`.
  package var markedPositions: [SourcePosition] {
    var positions: [SourcePosition] = []
    var line = 1
    var column = 1
    for character in text {
      if character == Self.marker {
        positions.append(SourcePosition(line: line, column: column))
      } else if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return positions
  }
}
