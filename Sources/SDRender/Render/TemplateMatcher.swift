import SDYAML

/// Finds runs of relabel rules that a template expands to, so `sdgen import` can write a `use:` instead.
///
/// A template matches when its rules, with each `{{parameter}}` standing for any text, line up with the
/// rules one for one (a `for_each` rule with one rule per list item); the parameters take the text they
/// stand for. Only templates made of rules whose values hold at most one reference each are tried.
struct TemplateMatcher {
  private let templates: [RelabelTemplate]
  /// Each value the templates' rules write, split at its one reference (read once, matched many times).
  private let patterns: [String: ValuePattern]

  /// A value written in a template: literal text, or text around one `{{name}}` reference.
  private struct ValuePattern {
    var prefix: Substring
    var name: String?
    var suffix: Substring

    init(_ pattern: String) {
      guard let open = pattern.firstRange(of: "{{"), let close = pattern[open.upperBound...].firstRange(of: "}}") else {
        (prefix, name, suffix) = (pattern[...], nil, "")
        return
      }
      prefix = pattern[..<open.lowerBound]
      name = pattern[open.upperBound..<close.lowerBound].filter { $0 != " " }
      suffix = pattern[close.upperBound...]
    }
  }

  /// A matcher over `templates`, tried in name order.
  init(templates: [String: RelabelTemplate]) {
    self.templates = templates.keys.sorted().compactMap { templates[$0] }.filter(Self.isMatchable)
    var patterns: [String: ValuePattern] = [:]
    for template in self.templates {
      for case .rule(let rule) in template.steps {
        for value in rule.fields.flatMap(\.values) { patterns[value] = ValuePattern(value) }
      }
    }
    self.patterns = patterns
  }

  /// The template use that stands for the most rules from `start` on, and how many it stands for.
  func longestUse(in rules: [YAMLValue], from start: Int) -> (use: YAMLValue, count: Int)? {
    var best: (use: YAMLValue, count: Int)?
    for template in templates {
      guard let (count, bindings) = match(template, rules, from: start), count > (best?.count ?? 0) else { continue }
      best = (use(of: template, bindings), count)
    }
    return best
  }

  private static func isMatchable(_ template: RelabelTemplate) -> Bool {
    template.steps.allSatisfy { step in
      guard case .rule(let rule) = step else { return false }
      return rule.fields.allSatisfy { $0.values.allSatisfy { $0.ranges(of: "{{").count <= 1 } }
    }
  }

  /// The number of rules `template` stands for from `start`, and its parameter values.
  private func match(_ template: RelabelTemplate, _ rules: [YAMLValue], from start: Int)
    -> (count: Int, bindings: [String: TemplateValue])?
  {
    var index = start
    var bindings: [String: TemplateValue] = [:]
    for step in template.steps {
      guard case .rule(let rule) = step else { return nil }
      if let forEach = rule.forEach?.value {
        var items: [String] = []
        while index < rules.count {
          var scope = bindings
          guard matches(rule, rules[index], &scope), case .string(let item)? = scope["item"] else { break }
          items.append(item)
          index += 1
        }
        guard !items.isEmpty, bindings[forEach] == nil else { return nil }
        bindings[forEach] = .list(items)
      } else {
        guard index < rules.count, matches(rule, rules[index], &bindings) else { return nil }
        index += 1
      }
    }
    bindings.removeValue(forKey: "item")
    return index > start ? (index - start, bindings) : nil
  }

  /// True when `value` is `rule` with its references filled in consistently with `bindings`.
  private func matches(_ rule: SpecRelabelRule, _ value: YAMLValue, _ bindings: inout [String: TemplateValue]) -> Bool {
    guard case .mapping(let entries) = value, entries.count == rule.fields.count else { return false }
    for field in rule.fields {
      guard let concrete = entries.first(where: { $0.key == field.key.rawValue })?.value else { return false }
      if field.key == .sourceLabels {
        guard case .sequence(let items, _) = concrete, items.count == field.values.count else { return false }
        for (item, pattern) in zip(items, field.values) where !bind(pattern, to: item, &bindings) { return false }
      } else if !bind(field.values.first ?? "", to: concrete, &bindings) {
        return false
      }
    }
    return true
  }

  /// True when the scalar `value` reads as a string equal to `pattern` with its one reference filled in.
  private func bind(_ pattern: String, to value: YAMLValue, _ bindings: inout [String: TemplateValue]) -> Bool {
    guard case .scalar(let text, _) = value, let compiled = patterns[pattern] else { return false }
    let captured: String
    if let name = compiled.name {
      guard text.utf8.count >= compiled.prefix.utf8.count + compiled.suffix.utf8.count,
        text.hasPrefix(compiled.prefix), text.hasSuffix(compiled.suffix)
      else { return false }
      captured = String(text.dropFirst(compiled.prefix.count).dropLast(compiled.suffix.count))
      if let bound = bindings[name], bound != .string(captured) { return false }
      guard YAMLMeaning(value) == .scalar(text, isString: true) else { return false }
      bindings[name] = .string(captured)
      return true
    }
    return text == compiled.prefix && YAMLMeaning(value) == .scalar(text, isString: true)
  }

  /// `use: name` with a `with:` entry for each parameter whose value is not its default.
  private func use(of template: RelabelTemplate, _ bindings: [String: TemplateValue]) -> YAMLValue {
    var arguments: [YAMLEntry] = []
    for parameter in template.parameters {
      guard let value = bindings[parameter.name], value != parameter.defaultValue else { continue }
      switch value {
      case .string(let text): arguments.append(YAMLEntry(parameter.name, .string(text)))
      case .list(let items): arguments.append(YAMLEntry(parameter.name, .strings(items, flow: true)))
      }
    }
    var entries = [YAMLEntry("use", .string(template.name.value))]
    if !arguments.isEmpty { entries.append(YAMLEntry("with", .mapping(arguments))) }
    return .mapping(entries)
  }
}
