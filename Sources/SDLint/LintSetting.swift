/// The settings of `.sdgen.yml`: the one table the configuration reader and its JSON Schema share.
package enum LintSetting: String, CaseIterable, Sendable {
  case prometheusVersion = "prometheus_version"
  case zonesFile = "zones_file"
  case knownProjects = "known_projects"
  case placeholders
  case rules

  /// What the setting does, for the schema's description and editors' hovers.
  package var summary: String {
    switch self {
    case .prometheusVersion: "The Prometheus release to check against, like \"2.42\" (default: the newest sdgen knows)."
    case .zonesFile:
      "A file of zone names (gcloud compute zones list --format='value(name)'), relative to this file; "
        + "replaces the bundled zone catalogue."
    case .knownProjects: "Project ids that are spelled right, so gce/project-typo does not flag them."
    case .placeholders:
      "Whether values holding templating placeholders (${VAR}, {{ .X }}, ...) are left unchecked: auto or off."
    case .rules: "Severity per rule id: off, info, warning or error."
    }
  }

  /// The values a rule's entry under `rules` takes.
  package static let ruleLevels = ["off", "info", "warning", "error"]
}
