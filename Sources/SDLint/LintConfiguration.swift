#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import PrometheusModel
import SDCore
import SDYAML

/// The `.sdgen.yml` file that tunes `sdgen lint` for a repository: target Prometheus version, zones file,
/// known projects and per-rule severity. It is found upward from the working directory.
public struct LintConfiguration: Sendable {
  /// The configuration file's name.
  public static let fileName = ".sdgen.yml"

  /// Where the configuration was read from.
  public let path: String
  /// `prometheus_version`, if set.
  package var prometheusVersion: PrometheusVersion?
  /// `zones_file`, resolved against the configuration's folder, if set.
  package var zonesFile: String?
  /// `known_projects`.
  package var knownProjects: Set<String> = []
  /// `placeholders`: whether templating placeholders are recognised, if set.
  package var placeholders: PlaceholderMode?
  /// `rules`: severity per rule id, nil meaning off.
  package var severities: [RuleID: Severity?] = [:]

  /// A problem with the configuration file, positioned in it.
  public struct Problem: Error, CustomStringConvertible {
    /// `path:line:column: message`.
    public let description: String
  }

  /// The nearest `.sdgen.yml` in `folder` or one of its parents.
  public static func find(from folder: URL) -> URL? {
    var current = folder.standardizedFileURL
    while true {
      let candidate = current.appendingPathComponent(fileName)
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return nil }
      current = parent
    }
  }

  /// Reads the configuration at `path`.
  public init(path: String) throws {
    self.path = path
    let source = SourceText(path: path, bytes: try AtomicFile.read(path))
    let parse = YAMLParser().parse(source)
    if let first = parse.diagnostics.first(where: { $0.severity == .error }) {
      throw Problem(description: "\(path):\(first.range.start): \(first.message)")
    }
    let document = parse.document
    guard let root = document.root else { return }
    guard document[root].kind == .mapping else {
      throw problem(at: document[root], "the configuration must be a mapping of settings")
    }
    for pair in document.mappingEntries(root) {
      let key = document[document.resolve(pair.key)]
      let value = document[pair.value]
      guard let setting = LintSetting(rawValue: key.value) else {
        let keys = LintSetting.allCases.map(\.rawValue)
        let hint = Suggestions.nearest(to: key.value, in: keys).first.map { " (did you mean '\($0)'?)" } ?? ""
        throw problem(
          at: key, "'\(key.value)' is not a setting\(hint); valid settings: \(keys.joined(separator: ", "))")
      }
      switch setting {
      case .prometheusVersion:
        guard let version = PrometheusVersion(parsing: value.value) else {
          throw problem(at: value, "'\(value.value)' is not a Prometheus version; write it like \"2.42\"")
        }
        guard version.hasSchema else {
          throw problem(
            at: value, "sdgen has no schema for Prometheus \(version); use one of \(PrometheusVersion.supportedRange)")
        }
        prometheusVersion = version
      case .zonesFile:
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        zonesFile = value.value.hasPrefix("/") ? value.value : folder.appendingPathComponent(value.value).path
      case .placeholders:
        guard let mode = PlaceholderMode(rawValue: value.value) else {
          throw problem(at: value, "'\(value.value)' is not a placeholders setting; use auto or off")
        }
        placeholders = mode
      case .knownProjects:
        guard value.kind == .sequence else {
          throw problem(at: value, "'known_projects' must be a list of project ids")
        }
        knownProjects = Set(document.items(pair.value).map { document[document.resolve($0)].value })
      case .rules:
        guard value.kind == .mapping else {
          throw problem(at: value, "'rules' must map rule ids to off, info, warning or error")
        }
        for rule in document.mappingEntries(pair.value) {
          let id = document[document.resolve(rule.key)]
          let level = document[rule.value]
          guard RuleRegistry.ids.contains(RuleID(id.value)) else {
            throw problem(at: id, RuleRegistry.notARule(id.value))
          }
          if level.value == "off" || level.value == "false" {
            severities[RuleID(id.value)] = .some(nil)
          } else if let severity = Severity(rawValue: level.value) {
            severities[RuleID(id.value)] = severity
          } else {
            throw problem(at: level, "'\(level.value)' is not a severity; use off, info, warning or error")
          }
        }
      }
    }
  }

  /// Applies the configuration to `options`.
  public func apply(to options: inout LintOptions) {
    if let prometheusVersion { options.prometheusVersion = prometheusVersion }
    options.knownProjects.formUnion(knownProjects)
    if let placeholders { options.placeholders = placeholders }
    options.severityOverrides.merge(severities) { _, new in new }
  }

  private func problem(at node: YAMLNode, _ message: String) -> Problem {
    Problem(description: "\(path):\(node.range.start): \(message)")
  }
}
