import PrometheusModel

/// The keys the spec format accepts at each level, and the scrape_config keys passed through.
package enum SpecSchema {
  /// Keys of the spec itself at the top level.
  package static let specSections = ["defaults", "templates", "jobs"]

  /// Top-level Prometheus sections copied to the output as written: every top-level key of the model's
  /// `Schema` but `scrape_configs`, which the spec's jobs produce.
  package static let prometheusSections: [String] = Schema.keys(of: .top).map(\.name).filter { $0 != "scrape_configs" }

  /// Keys sdgen interprets in a job or in `defaults`.
  package static let jobKeys = [
    "zones", "regions", "project", "projects", "port", "filter", "refresh_interval", "tag_separator",
    "relabel_configs", "metric_relabel_configs",
  ]

  /// Keys of a template written as a mapping.
  package static let templateKeys = ["description", "parameters", "rules"]

  /// Keys of a parameter declaration written as a mapping.
  package static let parameterKeys = ["type", "default", "description"]

  /// Keys of a template use inside a relabel list.
  package static let useKeys = ["use", "with"]

  /// Keys of a relabel rule in a spec or template.
  package static let ruleKeys = RelabelConfig.Field.allCases.map(\.rawValue) + ["for_each"]

  /// The scrape_config keys Prometheus accepts (2.42 through 3.x, from the model's `Schema`) other than
  /// `job_name` and the relabel lists, which sdgen interprets.
  package static let scrapeKeys: [String] = Schema.keys(of: .scrapeConfig).map(\.name).filter {
    !["job_name", "relabel_configs", "metric_relabel_configs"].contains($0)
  }
}
