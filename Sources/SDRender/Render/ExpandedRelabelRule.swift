import SDCore
import SDYAML

/// A relabel rule with its templates filled in, and where the spec writes it and each of its fields.
struct ExpandedRelabelRule {
  /// The rule as it is rendered.
  var value: YAMLValue
  /// Where it comes from.
  var origins: Origins

  /// Where a rendered rule and its fields are written in the spec.
  ///
  /// A rule written in the spec, or in a template the spec defines, points at itself; a field that takes a
  /// `{{parameter}}` points at the `use:` that passes the value. A rule of a shipped template or a templates
  /// file points at the `use:` in the spec that brings it in: the user did not write the template.
  struct Origins {
    /// The rule's origin.
    var rule: SpecSourceMap.Origin
    /// The origin of each field, by relabel_config key.
    var fields: [String: SpecSourceMap.Origin] = [:]

    init(rule: SpecRelabelRule, uses: [TemplateUse]) {
      if rule.file != nil, let outermost = uses.first {
        self.rule = SpecSourceMap.Origin(range: outermost.name.range, file: outermost.name.file)
        return
      }
      self.rule = SpecSourceMap.Origin(range: rule.range, file: rule.file)
      let innermost = uses.last.map { SpecSourceMap.Origin(range: $0.name.range, file: $0.name.file) }
      for field in rule.fields {
        let referencesParameter = field.values.contains { $0.contains("{{") }
        fields[field.key.rawValue] =
          referencesParameter
          ? innermost ?? self.rule : SpecSourceMap.Origin(range: field.range, file: rule.file, node: field.node)
      }
    }
  }
}
