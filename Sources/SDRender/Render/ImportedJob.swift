import SDCore
import SDYAML
import GCEKnowledge
import PrometheusModel

/// One scrape config of a prometheus.yml, taken apart the way a spec writes a job.
struct ImportedJob {
  /// `job_name`.
  var name: String
  /// Where `job_name`'s value is written.
  var nameRange: SourceRange
  /// The `gce_sd_configs` entries as zones and projects; nil when there are none or they stay as written.
  var discovery: ImportedDiscovery?
  /// Every other key, as written and in order (`gce_sd_configs` among them when `discovery` is nil).
  var settings: [YAMLEntry]
  /// `relabel_configs` rules; nil when the key is absent.
  var relabels: [YAMLValue]?
  /// `metric_relabel_configs` rules; nil when the key is absent.
  var metricRelabels: [YAMLValue]?

  private static let relabelKeys = Set(RelabelConfig.Field.allCases.map(\.rawValue))

  /// Takes apart the scrape config at `node`.
  init(node: YAMLNode.ID, in document: YAMLDocument, zones: ZoneCatalogue) throws(ImportRefusal) {
    guard let nameNode = document.value(forKey: "job_name", in: node) else {
      throw ImportRefusal(message: "this scrape config has no job_name; add one", range: document[node].range)
    }
    name = document[document.resolve(nameNode)].value
    nameRange = document[nameNode].range
    settings = []
    for pair in document.mappingEntries(node) {
      let key = document[document.resolve(pair.key)].value
      let value = YAMLValue(node: pair.value, in: document)
      switch key {
      case "job_name":
        continue
      case "relabel_configs", "metric_relabel_configs":
        let rules = try Self.rules(value, node: pair.value, in: document, job: name)
        if key == "relabel_configs" { relabels = rules } else { metricRelabels = rules }
      case "gce_sd_configs":
        if case .sequence(let entries, _) = value, let discovery = ImportedDiscovery(entries: entries, zones: zones) {
          self.discovery = discovery
        } else {
          settings.append(YAMLEntry(key, value))
        }
      default:
        settings.append(YAMLEntry(key, value))
      }
    }
  }

  /// The rules of a relabel list, each one a spec can write: known keys, scalar values, a list of labels.
  private static func rules(_ value: YAMLValue, node: YAMLNode.ID, in document: YAMLDocument, job: String)
    throws(ImportRefusal) -> [YAMLValue]
  {
    guard case .sequence(let rules, _) = value else {
      if document.isNull(node) { return [] }
      throw ImportRefusal(
        message: "job '\(job)' has a relabel list that is not a list; fix the configuration first",
        range: document[node].range)
    }
    for (rule, item) in zip(rules, document.items(document.resolve(node))) {
      guard case .mapping(let fields) = rule, fields.allSatisfy({ relabelKeys.contains($0.key) && isWritable($0) })
      else {
        throw ImportRefusal(
          message:
            "this relabel rule of job '\(job)' cannot be written in a spec, whose rule values are strings "
            + "(it has a null, a '{{' or a value that is not text); import the job by hand or write the value out",
          range: document[item].range)
      }
    }
    return rules
  }

  /// True when a spec relabel rule renders the field back with the same meaning: Prometheus reads every
  /// relabel value as text (`regex: true` is the regex `true`) but `modulus`, so any scalar but a null will
  /// do, unless it holds `{{`, which a spec would read as a template reference.
  private static func isWritable(_ field: YAMLEntry) -> Bool {
    let values: [YAMLValue]
    if field.key == "source_labels" {
      guard case .sequence(let items, _) = field.value else { return false }
      values = items
    } else {
      values = [field.value]
    }
    return values.allSatisfy { value in
      guard case .scalar(let text, _) = value, !text.contains("{{"), value != .plain("null") else { return false }
      return field.key != "modulus" || YAMLMeaning(value) == .scalar(text, isString: false)
    }
  }
}
