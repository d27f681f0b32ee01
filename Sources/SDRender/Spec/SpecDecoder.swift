import SDCore
import SDYAML
import PrometheusModel

/// Reads a spec (`sdgen.yml`) or a templates file into the spec model, collecting every problem
/// as a positioned diagnostic instead of stopping at the first.
package struct SpecDecoder {
  private let document: YAMLDocument
  private let file: String?
  private var diagnostics: [Diagnostic] = []

  private init(document: YAMLDocument, file: String?) {
    self.document = document
    self.file = file
  }

  /// Decodes a spec file; diagnostics include the YAML layer's.
  package static func decode(_ source: SourceText) -> (spec: Spec, diagnostics: [Diagnostic]) {
    decode(parsed: YAMLParser().parse(source))
  }

  /// Decodes an already parsed spec file; diagnostics include the YAML layer's.
  package static func decode(parsed: YAMLParseResult) -> (spec: Spec, diagnostics: [Diagnostic]) {
    var decoder = SpecDecoder(document: parsed.document, file: nil)
    decoder.diagnostics = parsed.diagnostics
    guard !parsed.failed, let root = parsed.document.root else { return (Spec(), decoder.diagnostics) }
    let spec = decoder.decodeSpec(root)
    return (spec, decoder.diagnostics)
  }

  /// Decodes a file holding templates by name (the form of a spec's `templates:` section);
  /// diagnostics name `file`.
  package static func decodeTemplates(_ source: SourceText, file: String)
    -> (templates: [String: RelabelTemplate], diagnostics: [Diagnostic])
  {
    let parsed = YAMLParser().parse(source)
    var decoder = SpecDecoder(document: parsed.document, file: file)
    decoder.diagnostics = parsed.diagnostics.map {
      var d = $0
      d.file = file
      return d
    }
    guard !parsed.failed, let root = parsed.document.root else { return ([:], decoder.diagnostics) }
    let templates = decoder.decodeTemplates(root)
    return (templates, decoder.diagnostics)
  }

  // MARK: - Top level

  private mutating func decodeSpec(_ root: YAMLNode.ID) -> Spec {
    var spec = Spec()
    let allowed = SpecSchema.specSections + SpecSchema.prometheusSections
    for (key, value) in entries(root, allowed: allowed, context: "the spec") {
      switch key.value {
      case "defaults":
        spec.defaults = decodeJob(value, name: Located("", range: key.range), allowsName: false)
      case "templates":
        spec.templates = decodeTemplates(value)
      case "jobs":
        spec.jobs = decodeJobs(value)
      default:
        checkPassthrough(value)
        var section = Located(YAMLEntry(key.value, YAMLValue(node: value, in: document)), range: key.range)
        section.node = value
        spec.sections.append(section)
      }
    }
    return spec
  }

  private mutating func decodeJobs(_ id: YAMLNode.ID) -> [SpecJob] {
    let node = document[id]
    if node.kind == .mapping {
      return document.mappingEntries(id).map { pair in
        let name = located(pair.key)
        checkJobName(name)
        return decodeJob(pair.value, name: name, allowsName: false)
      }
    }
    guard node.kind == .sequence else {
      report(.specInvalidValue, "'jobs' must be a mapping of job names to jobs or a list of jobs", id)
      return []
    }
    var jobs: [SpecJob] = []
    var seen: [String: SourceRange] = [:]
    for item in document.items(id).map(document.resolve) {
      guard let nameNode = document.value(forKey: "job_name", in: item), let name = string(nameNode, "job_name")
      else {
        if document[item].kind == .mapping {
          report(.specMissingKey, "this job has no 'job_name'; add one or write jobs as a mapping", item)
        } else {
          report(.specInvalidValue, "a job must be a mapping with 'job_name' and its settings", item)
        }
        continue
      }
      if let first = seen[name.value] {
        report(
          .specDuplicateJob, "job '\(name.value)' is defined twice; rename or remove one of them",
          range: name.range, notes: ["first defined at \(first.start)"])
        continue
      }
      seen[name.value] = name.range
      checkJobName(name)
      jobs.append(decodeJob(item, name: name, allowsName: true))
    }
    return jobs
  }

  private mutating func decodeJob(_ id: YAMLNode.ID, name: Located<String>, allowsName: Bool) -> SpecJob {
    var job = SpecJob(name: name)
    if document[document.resolve(id)].isNull { return job }
    let what = name.value.isEmpty ? "defaults" : "job '\(name.value)'"
    let allowed = (allowsName ? ["job_name"] : []) + SpecSchema.jobKeys + SpecSchema.scrapeKeys
    let listed =
      ((allowsName ? ["job_name"] : []) + SpecSchema.jobKeys).joined(separator: ", ")
      + ", and any scrape_config key Prometheus accepts (honor_labels, scrape_interval, metrics_path, ...)"
    for (key, value) in entries(id, allowed: allowed, context: what, listed: listed) {
      switch key.value {
      case "job_name":
        break
      case "zones":
        job.zones = strings(value, "zones")
      case "regions":
        job.regions = strings(value, "regions")
      case "projects":
        job.projects = strings(value, "projects")
      case "filter":
        job.filter = decodeFilter(value)
      case "relabel_configs":
        job.relabelConfigs = decodeSteps(value, "relabel_configs")
      case "metric_relabel_configs":
        job.metricRelabelConfigs = decodeSteps(value, "metric_relabel_configs")
      default:
        if let discoveryKey = SpecJob.DiscoveryKey(rawValue: key.value) {
          if let text = scalarNode(value, key.value), checkDiscoveryValue(discoveryKey, text, node: value) {
            job.discovery[discoveryKey] = Located(YAMLValue(node: value, in: document), range: range(value))
          }
        } else {
          checkPassthrough(value)
          var setting = Located(YAMLEntry(key.value, YAMLValue(node: value, in: document)), range: key.range, file: file)
          setting.node = value
          job.scrapeSettings.append(setting)
        }
      }
    }
    return job
  }

  private mutating func decodeFilter(_ id: YAMLNode.ID) -> Located<SpecFilter>? {
    let node = document[id]
    if node.kind == .scalar {
      return Located(.raw(node.isNull ? "" : node.value), range: node.range)
    }
    guard node.kind == .mapping else {
      report(.specInvalidValue, "'filter' must be a Compute API filter string or a mapping of fields", id)
      return nil
    }
    var fields: [SpecFilter.FilterTerm] = []
    var labels: [SpecFilter.FilterTerm] = []
    for pair in document.mappingEntries(id) {
      let key = located(pair.key)
      if key.value == "labels" {
        guard document[pair.value].kind == .mapping else {
          report(.specInvalidValue, "'labels' in a filter must map label keys to values", pair.value)
          continue
        }
        for label in document.mappingEntries(pair.value) {
          if let term = filterTerm(key: label.key, values: label.value, isLabel: true) { labels.append(term) }
        }
      } else if let term = filterTerm(key: pair.key, values: pair.value, isLabel: false) {
        fields.append(term)
      }
    }
    return Located(.structured(fields: fields, labels: labels), range: node.range)
  }

  /// True when `name` can be written into a Compute API filter as a field name or a label key
  /// (letters, digits, `_` and `-`; fields also `.`); reports it otherwise, as the filter would not parse.
  private mutating func filterName(_ name: Located<String>, isLabel: Bool) -> Bool {
    let valid =
      !name.value.isEmpty
      && name.value.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || (!isLabel && $0 == ".")
      }
    if !valid {
      let what = isLabel ? "label key" : "field name"
      report(
        .specInvalidValue,
        "'\(name.value)' is not a \(what) a filter can name; use letters, digits, '_' and '-'", range: name.range)
    }
    return valid
  }

  /// One filter key and its accepted values (a value or a non-empty list), with where they are written.
  private mutating func filterTerm(key: YAMLNode.ID, values id: YAMLNode.ID, isLabel: Bool) -> SpecFilter.FilterTerm? {
    guard filterName(located(key), isLabel: isLabel) else { return nil }
    guard let values = strings(id, "a filter value") else { return nil }
    guard !values.isEmpty else {
      report(.specInvalidValue, "a filter key needs at least one value to match", id)
      return nil
    }
    let name = located(key)
    var term = SpecFilter.FilterTerm(name: name.value, values: values.map(\.value))
    term.nameRange = name.range
    term.valueRanges = values.map(\.range)
    return term
  }

  /// Reports a job name Prometheus refuses ("job_name is empty").
  private mutating func checkJobName(_ name: Located<String>) {
    if name.value.isEmpty {
      report(.specInvalidValue, "a job name must not be empty; name the job", range: name.range)
    }
  }

  /// True when a discovery setting is written as Prometheus reads it; reports it otherwise, since the
  /// value is copied into every gce_sd_configs entry as written.
  private mutating func checkDiscoveryValue(_ key: SpecJob.DiscoveryKey, _ text: Located<String>, node: YAMLNode.ID)
    -> Bool
  {
    let written = document[document.resolve(node)]
    switch key {
    case .port:
      guard written.style == .plain, written.tag == nil || written.tag == "!!int",
        !text.value.isEmpty, text.value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
        Int(text.value).map({ $0 <= 65535 }) == true
      else {
        report(
          .specInvalidValue,
          "'port' must be a number from 0 to 65535 written without quotes, e.g. port: 9100", range: text.range)
        return false
      }
    case .refreshInterval:
      do {
        _ = try PromDuration.parse(text.value)
      } catch {
        report(
          .specInvalidValue,
          "'refresh_interval' must be a duration with a unit, e.g. 60s or 5m (\(error.description))",
          range: text.range)
        return false
      }
    case .project, .tagSeparator:
      break
    }
    checkPassthrough(node)
    return true
  }

  /// Reports the tags and complex keys inside a value that render copies as written.
  private mutating func checkPassthrough(_ id: YAMLNode.ID) {
    var check = SpecPassthroughCheck(document: document, file: file)
    check.check(id)
    diagnostics += check.diagnostics
  }

  // MARK: - Templates

  private mutating func decodeTemplates(_ id: YAMLNode.ID) -> [String: RelabelTemplate] {
    guard document[document.resolve(id)].kind == .mapping else {
      report(.specInvalidValue, "'templates' must map template names to templates", id)
      return [:]
    }
    var templates: [String: RelabelTemplate] = [:]
    for pair in document.mappingEntries(id) {
      let name = located(pair.key)
      templates[name.value] = decodeTemplate(pair.value, name: name)
    }
    return templates
  }

  private mutating func decodeTemplate(_ id: YAMLNode.ID, name: Located<String>) -> RelabelTemplate {
    var template = RelabelTemplate(name: name, description: nil, parameters: [], steps: [])
    if document[id].kind == .sequence {
      template.steps = decodeSteps(id, "template '\(name.value)'")
      return template
    }
    for (key, value) in entries(id, allowed: SpecSchema.templateKeys, context: "template '\(name.value)'") {
      switch key.value {
      case "description":
        template.description = string(value, "description")?.value
      case "parameters":
        template.parameters = decodeParameters(value)
      default:
        template.steps = decodeSteps(value, "rules")
      }
    }
    return template
  }

  private mutating func decodeParameters(_ id: YAMLNode.ID) -> [TemplateParameter] {
    guard document[document.resolve(id)].kind == .mapping else {
      report(.specInvalidValue, "'parameters' must map parameter names to 'string' or 'list'", id)
      return []
    }
    var parameters: [TemplateParameter] = []
    for pair in document.mappingEntries(id) {
      let name = located(pair.key).value
      var kindNode: YAMLNode.ID? = pair.value
      var defaultValue: TemplateValue?
      var description: String?
      if document[pair.value].kind == .mapping {
        kindNode = nil
        for (key, value) in entries(pair.value, allowed: SpecSchema.parameterKeys, context: "parameter '\(name)'") {
          switch key.value {
          case "type": kindNode = value
          case "default": defaultValue = templateValue(value)
          default: description = string(value, "description")?.value
          }
        }
      }
      var kind = TemplateParameter.Kind.string
      if let kindNode, let text = string(kindNode, "a parameter type") {
        guard let known = TemplateParameter.Kind(rawValue: text.value) else {
          report(.specInvalidValue, "parameter type must be 'string' or 'list', not '\(text.value)'", kindNode)
          continue
        }
        kind = known
      }
      if let defaultValue, defaultValue.kind != kind {
        report(.specInvalidValue, "the default of parameter '\(name)' must be a \(kind.rawValue)", pair.value)
      }
      var parameter = TemplateParameter(name: name, kind: kind, defaultValue: defaultValue, description: description)
      parameter.nameRange = document[pair.key].range
      parameters.append(parameter)
    }
    return parameters
  }

  // MARK: - Relabel lists

  private mutating func decodeSteps(_ id: YAMLNode.ID, _ what: String) -> [RelabelListItem] {
    guard document[id].kind == .sequence else {
      if document[id].isNull { return [] }
      report(.specInvalidValue, "'\(what)' must be a list of relabel rules and template uses", id)
      return []
    }
    var steps: [RelabelListItem] = []
    for item in document.items(id).map(document.resolve) {
      guard document[item].kind == .mapping else {
        report(.specInvalidValue, "a relabel rule must be a mapping, or 'use: <template>'", item)
        continue
      }
      if document.value(forKey: "use", in: item) != nil {
        if let use = decodeUse(item) { steps.append(.use(use)) }
      } else {
        steps.append(.rule(decodeRule(item)))
      }
    }
    return steps
  }

  private mutating func decodeUse(_ id: YAMLNode.ID) -> TemplateUse? {
    var name: Located<String>?
    var arguments: [TemplateUse.Argument] = []
    for (key, value) in entries(id, allowed: SpecSchema.useKeys, context: "a template use") {
      if key.value == "use" {
        name = string(value, "use")
        continue
      }
      guard document[value].kind == .mapping else {
        report(.specInvalidValue, "'with' must map parameter names to values", value)
        continue
      }
      for pair in document.mappingEntries(value) {
        if let argument = templateValue(pair.value) {
          arguments.append(TemplateUse.Argument(name: located(pair.key), value: argument, range: range(pair.value)))
        }
      }
    }
    guard var name else { return nil }
    name.file = file
    return TemplateUse(name: name, arguments: arguments, file: file)
  }

  private mutating func decodeRule(_ id: YAMLNode.ID) -> SpecRelabelRule {
    var fields: [SpecRelabelRule.Field] = []
    var forEach: Located<String>?
    for (key, value) in entries(id, allowed: SpecSchema.ruleKeys, context: "a relabel rule") {
      guard let field = RelabelConfig.Field(rawValue: key.value) else {
        forEach = string(value, "for_each")
        forEach?.file = file
        continue
      }
      if field == .sourceLabels {
        guard document[value].kind == .sequence else {
          report(.specInvalidValue, "'source_labels' must be a list, e.g. [__meta_gce_zone]", value)
          continue
        }
        let labels = strings(value, "a source label")?.map(\.value) ?? []
        var sourceLabels = SpecRelabelRule.Field(key: field, values: labels, range: range(value))
        if file == nil { sourceLabels.node = value }
        fields.append(sourceLabels)
      } else if let text = scalarNode(value, key.value) {
        fields.append(SpecRelabelRule.Field(key: field, values: [text.value], range: text.range))
      }
    }
    fields.sort { order(of: $0.key) < order(of: $1.key) }
    return SpecRelabelRule(fields: fields, forEach: forEach, range: range(id), file: file)
  }

  private func order(of field: RelabelConfig.Field) -> Int {
    RelabelConfig.Field.allCases.firstIndex(of: field) ?? 0
  }

  // MARK: - Values

  /// The entries of a mapping whose keys are in `allowed`; reports the others.
  private mutating func entries(
    _ id: YAMLNode.ID, allowed: [String], context: String, listed: String? = nil
  ) -> [(key: Located<String>, value: YAMLNode.ID)] {
    guard document[document.resolve(id)].kind == .mapping else {
      report(.specInvalidValue, "the value of \(context) must be a mapping", id)
      return []
    }
    var result: [(key: Located<String>, value: YAMLNode.ID)] = []
    for pair in document.mappingEntries(id) {
      let key = located(pair.key)
      if allowed.contains(key.value) {
        result.append((key, pair.value))
      } else {
        reportUnknownKey(key, allowed: allowed, context: context, listed: listed)
      }
    }
    return result
  }

  private mutating func reportUnknownKey(
    _ key: Located<String>, allowed: [String], context: String, listed: String?
  ) {
    let distance = min(3, max(2, key.value.unicodeScalars.count / 3))
    let nearest = Suggestions.nearest(to: key.value, in: allowed, maxDistance: distance).first
    var help = nearest.map { "did you mean '\($0)'?" }
    if key.value == "scrape_configs" && context == "the spec" {
      help = "write jobs under 'jobs:'; each is rendered into scrape_configs"
    }
    let fixes = nearest.map {
      [
        Fix(
          title: "replace '\(key.value)' with '\($0)'", edits: [TextEdit(range: key.range, replacement: $0)],
          isSafe: false)
      ]
    }
    diagnostics.append(
      Diagnostic(
        rule: .specUnknownKey, severity: .error, message: "unknown key '\(key.value)' in \(context)",
        range: key.range, file: file, help: help, notes: ["valid keys: \(listed ?? allowed.joined(separator: ", "))"],
        fixes: fixes ?? []))
  }

  private mutating func scalarNode(_ id: YAMLNode.ID, _ what: String) -> Located<String>? {
    let node = document[id]
    guard node.kind == .scalar, !node.isNull else {
      report(.specInvalidValue, "'\(what)' must be a single value", id)
      return nil
    }
    return Located(node.value, range: node.range, file: file)
  }

  private mutating func string(_ id: YAMLNode.ID, _ what: String) -> Located<String>? {
    scalarNode(document.resolve(id), what)
  }

  /// A list of scalars; a single scalar counts as a list of one.
  private mutating func strings(_ id: YAMLNode.ID, _ what: String) -> [Located<String>]? {
    let resolved = document.resolve(id)
    if document[resolved].kind == .scalar { return string(resolved, what).map { [$0] } }
    guard document[resolved].kind == .sequence else {
      report(.specInvalidValue, "'\(what)' must be a value or a list of values", resolved)
      return nil
    }
    return document.items(resolved).compactMap { string($0, what) }
  }

  private mutating func templateValue(_ id: YAMLNode.ID) -> TemplateValue? {
    if document[id].kind == .sequence {
      return strings(id, "a list parameter").map { .list($0.map(\.value)) }
    }
    return string(id, "a parameter value").map { .string($0.value) }
  }

  private func located(_ id: YAMLNode.ID) -> Located<String> {
    let node = document[document.resolve(id)]
    return Located(node.value, range: document[id].range, file: file)
  }

  private func range(_ id: YAMLNode.ID) -> SourceRange { document[id].range }

  private mutating func report(_ rule: RuleID, _ message: String, _ id: YAMLNode.ID) {
    report(rule, message, range: range(id))
  }

  private mutating func report(_ rule: RuleID, _ message: String, range: SourceRange, notes: [String] = []) {
    diagnostics.append(
      Diagnostic(rule: rule, severity: .error, message: message, range: range, file: file, notes: notes))
  }
}
