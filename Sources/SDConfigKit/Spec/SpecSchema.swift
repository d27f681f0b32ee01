/// The keys the spec format accepts at each level, and the scrape_config keys passed through.
enum SpecSchema {
  /// Keys of the spec itself at the top level.
  static let specSections = ["defaults", "templates", "jobs"]

  /// Top-level Prometheus sections copied to the output as written.
  static let prometheusSections = [
    "global", "runtime", "rule_files", "scrape_config_files", "alerting", "remote_write", "remote_read",
    "storage", "tracing", "otlp",
  ]

  /// Keys sdgen interprets in a job or in `defaults`.
  static let jobKeys = [
    "zones", "regions", "project", "port", "filter", "refresh_interval", "tag_separator",
    "relabel_configs", "metric_relabel_configs",
  ]

  /// Keys of a template written as a mapping.
  static let templateKeys = ["description", "parameters", "rules"]

  /// Keys of a parameter declaration written as a mapping.
  static let parameterKeys = ["type", "default", "description"]

  /// Keys of a template use inside a relabel list.
  static let useKeys = ["use", "with"]

  /// Keys of a relabel rule in a spec or template.
  static let ruleKeys = RelabelConfig.Field.allCases.map(\.rawValue) + ["for_each"]

  /// Service discovery mechanisms whose `<name>_sd_configs` key Prometheus accepts.
  private static let discoveryMechanisms = [
    "aws", "azure", "consul", "digitalocean", "dns", "docker", "dockerswarm", "ec2", "ecs", "elasticache",
    "eureka", "file", "gce", "hetzner", "http", "ionos", "kubernetes", "kuma", "lightsail", "linode",
    "marathon", "msk", "nerve", "nomad", "oci", "openstack", "outscale", "ovhcloud", "puppetdb", "rds",
    "scaleway", "serverset", "stackit", "triton", "uyuni", "vultr",
  ]

  /// The scrape_config keys Prometheus accepts (2.42 through 3.x) other than those sdgen interprets.
  static let scrapeKeys: [String] =
    [
      "honor_labels", "honor_timestamps", "track_timestamps_staleness", "params", "scrape_interval",
      "scrape_timeout", "scrape_protocols", "fallback_scrape_protocol", "scrape_native_histograms",
      "always_scrape_classic_histograms", "convert_classic_histograms_to_nhcb", "scrape_classic_histograms",
      "scrape_failure_log_file", "metrics_path", "scheme", "enable_compression", "body_size_limit",
      "sample_limit", "target_limit", "label_limit", "label_name_length_limit", "label_value_length_limit",
      "native_histogram_bucket_limit", "native_histogram_min_bucket_factor", "keep_dropped_targets",
      "metric_name_validation_scheme", "metric_name_escaping_scheme", "extra_scrape_metrics",
      "static_configs", "basic_auth", "authorization", "oauth2", "bearer_token", "bearer_token_file",
      "tls_config", "proxy_url", "no_proxy", "proxy_from_environment", "proxy_connect_header",
      "follow_redirects", "enable_http2", "http_headers",
    ] + discoveryMechanisms.map { "\($0)_sd_configs" }
}
