/// The `global` section, with Prometheus's defaults and its defaulting of intervals applied.
package struct GlobalConfig: Hashable, Sendable, NodeBacked {
  /// How often targets are scraped by default; 1m.
  package var scrapeInterval = PromDuration.minutes(1)
  /// How long a scrape may take by default; 10s, or the interval when that is shorter.
  package var scrapeTimeout = PromDuration.seconds(10)
  /// How often rules are evaluated; 1m.
  package var evaluationInterval = PromDuration.minutes(1)
  /// `query_log_file`; empty for none.
  package var queryLogFile = ""
  /// Labels added to every series and alert, in source order.
  package var externalLabels: [LabelPair] = []
  /// `rule_query_offset` (2.53 and later); 0 by default.
  package var ruleQueryOffset = PromDuration.zero
  /// `scrape_failure_log_file` (2.55 and later); empty for none.
  package var scrapeFailureLogFile = ""
  /// `scrape_protocols` as written (2.49 and later); nil when unset, so each job picks its default.
  package var scrapeProtocols: [String]?
  /// `metric_name_validation_scheme` as written ("" when unset, which means utf8 in 3.x).
  package var metricNameValidationScheme = ""
  /// `metric_name_escaping_scheme` as written ("" when unset: derived from the validation scheme).
  package var metricNameEscapingScheme = ""
  /// Limits every job inherits (keys of 2.45 and later).
  package var limits = ScrapeLimits()
  /// Where it came from (every key, typed here or not).
  package var nodes = MappingNodes.absent

  /// The defaults Prometheus uses without a `global` section.
  package init() {}
}
