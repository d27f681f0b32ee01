import SDCore
import SDYAML

/// Turns relabel lists written with template uses, `{{parameter}}` references and `for_each` into
/// plain relabel rules, reporting unknown templates and parameters, missing arguments and cycles.
/// Expansion is bounded the way the YAML layer bounds aliases: templates that use each other several
/// times grow exponentially, so a list stops at `maxRulesPerList` rules and a spec at `maxRules`.
struct TemplateExpander {
  /// Most relabel rules one relabel list may expand to; no real job has a fraction of this.
  static let maxRulesPerList = 10_000
  /// Most relabel rules the whole spec may expand to (every job and list together).
  static let maxRules = 200_000

  /// Every template by name: shipped ones overridden by the spec's own.
  let templates: [String: RelabelTemplate]
  /// Problems found so far.
  private(set) var diagnostics: [Diagnostic] = []
  /// Rules produced so far, over every list.
  private var produced = 0
  /// True once a bound was crossed: nothing more is expanded, so the error is reported once.
  private var exhausted = false

  /// A parameter value in scope, and which template declared it (for messages).
  private struct Scope {
    var values: [String: TemplateValue] = [:]
    var templateName: String?
  }

  init(templates: [String: RelabelTemplate]) {
    self.templates = templates
  }

  /// The relabel rules `steps` stand for, in order, each with where the spec writes it.
  mutating func expand(_ steps: [RelabelListItem]) -> [ExpandedRelabelRule] {
    var rules: [ExpandedRelabelRule] = []
    expand(steps, scope: Scope(), stack: [], uses: [], into: &rules)
    return exhausted ? [] : rules
  }

  /// `uses` are the template uses that led here, outermost first.
  private mutating func expand(
    _ steps: [RelabelListItem], scope: Scope, stack: [String], uses: [TemplateUse],
    into rules: inout [ExpandedRelabelRule]
  ) {
    for step in steps {
      if exhausted { return }
      switch step {
      case .rule(let rule):
        instantiate(rule, scope: scope, uses: uses, into: &rules)
      case .use(let use):
        guard let template = templates[use.name.value] else {
          let nearest = Suggestions.nearest(to: use.name.value, in: templates.keys.sorted()).first
          report(
            .specUnknownTemplate,
            "no template named '\(use.name.value)'; define it under 'templates:' or use a shipped one",
            at: use.name, help: nearest.map { "did you mean '\($0)'?" })
          continue
        }
        if stack.contains(use.name.value) {
          let chain = (stack + [use.name.value]).joined(separator: " -> ")
          report(
            .specTemplateCycle,
            "template '\(use.name.value)' uses itself (\(chain)); remove one of these uses", at: use.name)
          continue
        }
        guard let inner = bind(use, to: template, outer: scope) else { continue }
        expand(template.steps, scope: inner, stack: stack + [use.name.value], uses: uses + [use], into: &rules)
      }
    }
  }

  /// The parameter values a use passes to `template`, nil when an argument is missing or wrong.
  private mutating func bind(_ use: TemplateUse, to template: RelabelTemplate, outer: Scope) -> Scope? {
    var scope = Scope(templateName: template.name.value)
    var valid = true
    for argument in use.arguments {
      let name = argument.name.value
      guard let parameter = template.parameters.first(where: { $0.name == name }) else {
        let declared = template.parameters.map(\.name)
        report(
          .specUnknownParameter, "template '\(template.name.value)' has no parameter '\(name)'",
          at: argument.name, help: Suggestions.nearest(to: name, in: declared).first.map { "did you mean '\($0)'?" },
          notes: [declared.isEmpty ? "it takes no parameters" : "parameters: \(declared.joined(separator: ", "))"])
        valid = false
        continue
      }
      let location = Located("", range: argument.range, file: use.file)
      guard let value = resolve(argument.value, scope: outer, at: location) else {
        valid = false
        continue
      }
      guard value.kind == parameter.kind else {
        report(
          .specInvalidValue,
          "parameter '\(name)' of template '\(template.name.value)' takes a \(parameter.kind.rawValue), "
            + "not a \(value.kind.rawValue)", at: location)
        valid = false
        continue
      }
      scope.values[name] = value
    }
    for parameter in template.parameters where scope.values[parameter.name] == nil {
      if let fallback = parameter.defaultValue {
        scope.values[parameter.name] = fallback
      } else {
        let example = parameter.kind == .list ? "[...]" : "..."
        report(
          .specMissingParameter,
          "template '\(template.name.value)' needs parameter '\(parameter.name)'; "
            + "add 'with: {\(parameter.name): \(example)}'", at: use.name)
        valid = false
      }
    }
    return valid ? scope : nil
  }

  /// An argument with the enclosing template's parameters filled in; `'{{list}}'` passes a list on.
  private mutating func resolve(_ value: TemplateValue, scope: Scope, at location: Located<String>) -> TemplateValue? {
    switch value {
    case .string(let text):
      if let name = Self.soleReference(text), case .list(let items)? = scope.values[name] { return .list(items) }
      return interpolate(text, scope: scope, at: location).map { .string($0) }
    case .list(let items):
      var result: [String] = []
      for item in items {
        guard let text = interpolate(item, scope: scope, at: location) else { return nil }
        result.append(text)
      }
      return .list(result)
    }
  }

  /// Counts one more rule for `rules`; false (after reporting, once) when that crosses a bound.
  private mutating func admitRule(into rules: [ExpandedRelabelRule], uses: [TemplateUse], rule: SpecRelabelRule)
    -> Bool
  {
    produced += 1
    let perList = rules.count >= Self.maxRulesPerList
    guard perList || produced > Self.maxRules else { return true }
    exhausted = true
    let names = uses.map(\.name.value).joined(separator: " -> ")
    let what = perList ? "this relabel list" : "the spec"
    let limit = perList ? Self.maxRulesPerList : Self.maxRules
    let location = uses.first?.name ?? Located("", range: rule.range, file: rule.file)
    report(
      .specTemplateExpansion,
      "templates expand \(what) to more than \(limit) relabel rules"
        + (names.isEmpty ? "" : " (\(names))") + "; use each template fewer times",
      at: location,
      help: uses.count > 1 ? "each template in the chain uses the next one several times, which multiplies" : nil)
    return false
  }

  private mutating func instantiate(
    _ rule: SpecRelabelRule, scope: Scope, uses: [TemplateUse], into rules: inout [ExpandedRelabelRule]
  ) {
    let origins = ExpandedRelabelRule.Origins(rule: rule, uses: uses)
    guard let forEach = rule.forEach else {
      guard admitRule(into: rules, uses: uses, rule: rule) else { return }
      if let value = instance(of: rule, scope: scope) { rules.append(ExpandedRelabelRule(value: value, origins: origins)) }
      return
    }
    guard case .list(let items)? = scope.values[forEach.value] else {
      report(
        .specUnknownParameter,
        "'for_each' needs a list parameter of the enclosing template, and '\(forEach.value)' is not one",
        at: forEach)
      return
    }
    for item in items {
      guard admitRule(into: rules, uses: uses, rule: rule) else { return }
      var itemScope = scope
      itemScope.values["item"] = .string(item)
      guard let value = instance(of: rule, scope: itemScope) else { return }
      rules.append(ExpandedRelabelRule(value: value, origins: origins))
    }
  }

  private mutating func instance(of rule: SpecRelabelRule, scope: Scope) -> YAMLValue? {
    var entries: [YAMLEntry] = []
    entries.reserveCapacity(rule.fields.count)
    for field in rule.fields {
      let location = Located("", range: field.range, file: rule.file)
      if field.key == .sourceLabels {
        var labels: [YAMLValue] = []
        for label in field.values {
          if let name = Self.soleReference(label), case .list(let items)? = scope.values[name] {
            labels.append(contentsOf: items.map { .string($0) })
          } else {
            guard let text = interpolate(label, scope: scope, at: location) else { return nil }
            labels.append(.string(text))
          }
        }
        entries.append(YAMLEntry(field.key.rawValue, .sequence(labels, flow: true)))
        continue
      }
      guard let text = interpolate(field.values.first ?? "", scope: scope, at: location) else { return nil }
      switch field.key {
      case .regex: entries.append(YAMLEntry(field.key.rawValue, .scalar(text, .singleQuoted)))
      case .modulus: entries.append(YAMLEntry(field.key.rawValue, .plain(text)))
      default: entries.append(YAMLEntry(field.key.rawValue, .string(text)))
      }
    }
    return .mapping(entries)
  }

  /// `text` with every `{{name}}` replaced by the string parameter `name`.
  private mutating func interpolate(_ text: String, scope: Scope, at location: Located<String>) -> String? {
    guard Self.mayReference(text) else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{{") {
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
      result += rest[..<open.lowerBound]
      let name = Self.trimmed(rest[open.upperBound..<close.lowerBound])
      switch scope.values[name] {
      case .string(let value)?:
        result += value
      case .list?:
        report(
          .specInvalidValue,
          "'{{\(name)}}' is a list parameter; repeat the rule with 'for_each: \(name)' and write '{{item}}'",
          at: location)
        return nil
      case nil:
        let owner = scope.templateName.map { "template '\($0)'" } ?? "the spec, which is not inside a template"
        let known = scope.values.keys.sorted()
        report(
          .specUnknownParameter, "'{{\(name)}}' is not a parameter of \(owner)", at: location,
          help: Suggestions.nearest(to: name, in: known).first.map { "did you mean '{{\($0)}}'?" })
        return nil
      }
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  /// `text` without surrounding spaces.
  private static func trimmed(_ text: Substring) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  /// True when `text` contains `{{`; a byte scan, as most values reference nothing.
  private static func mayReference(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "{") && previous == byte { return true }
      previous = byte
    }
    return false
  }

  /// The parameter name when `text` is exactly one `{{name}}` reference.
  private static func soleReference(_ text: String) -> String? {
    guard text.utf8.count > 4, text.hasPrefix("{{"), text.hasSuffix("}}") else { return nil }
    let name = trimmed(text.dropFirst(2).dropLast(2))
    return name.contains("{") || name.contains("}") ? nil : name
  }

  private mutating func report(
    _ rule: RuleID, _ message: String, at location: Located<String>, help: String? = nil, notes: [String] = []
  ) {
    diagnostics.append(
      Diagnostic(
        rule: rule, severity: .error, message: message, range: location.range, file: location.file, help: help,
        notes: notes))
  }
}
