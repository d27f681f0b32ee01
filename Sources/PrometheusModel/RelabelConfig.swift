/// One `relabel_config` entry as Prometheus decodes it: absent fields keep Prometheus's defaults,
/// null fields take the zero value, and `setFields` records which keys were written.
package struct RelabelConfig: Hashable, Sendable {
  /// The keys of a relabel_config.
  package enum Field: String, CaseIterable, Sendable {
    case sourceLabels = "source_labels"
    case separator
    case regex
    case modulus
    case targetLabel = "target_label"
    case replacement
    case action

    /// The field named `name`: each field name has its own length, so one comparison decides.
    static func named(_ name: String) -> Field? {
      let field: Field
      switch name.utf8.count {
      case 13: field = .sourceLabels
      case 9: field = .separator
      case 5: field = .regex
      case 7: field = .modulus
      case 12: field = .targetLabel
      case 11: field = .replacement
      case 6: field = .action
      default: return nil
      }
      return field.rawValue == name ? field : nil
    }
  }

  /// Labels whose values are joined with `separator` to form the matched value.
  package var sourceLabels: [String] = []
  /// Joins the source label values; default `;`.
  package var separator: String = ";"
  /// The pattern as written, before Prometheus anchors it; default `(.*)`.
  package var regex: String = "(.*)"
  /// The hashmod modulus; default 0.
  package var modulus: UInt64 = 0
  /// The label a rule writes (may contain `$1`-style references for replace).
  package var targetLabel: String = ""
  /// The value a rule writes (may contain `$1`-style references); default `$1`.
  package var replacement: String = "$1"
  /// The action as written (matched case-insensitively); default `replace`.
  package var action: String = "replace" {
    didSet { knownAction = Self.knownAction(named: action) }
  }
  /// The action `action` names (case-insensitively), nil when it names none; set with `action`.
  package private(set) var knownAction: RelabelAction? = .replace
  /// Keys present in the source, including those given as null.
  package var setFields: RelabelFieldSet = []
  /// Keys written with a null value (a subset of `setFields`): Prometheus leaves such a field at
  /// Go's zero value, which differs from an explicit empty value for `action` and `source_labels`.
  package var nullFields: RelabelFieldSet = []

  /// A rule with every field at Prometheus's default.
  package init() {}

  /// The action `text` names, if any of the eleven (case-insensitively).
  private static func knownAction(named text: String) -> RelabelAction? {
    // Most actions are written in lower case already; lowercasing allocates, so it comes second.
    RelabelAction.named(text) ?? RelabelAction.named(text.lowercased())
  }
}
