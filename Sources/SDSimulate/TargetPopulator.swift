import PrometheusModel

/// Turns discovered label sets into a job's targets the way Prometheus's `PopulateLabels` does:
/// scrape labels added when absent, `__param_*` set, relabelling, then the address, port and interval
/// checks, `__meta_*` removal and the `instance` default.
package struct TargetPopulator: Sendable {
  /// What became of one discovered label set.
  package enum Outcome: Hashable, Sendable {
    /// A target with its scrape address and the labels the targets page shows.
    case kept(address: String, labels: LabelSet)
    /// No target; the reason is a relabel drop, a missing address or an invalid target.
    case dropped(TargetDropReason)
  }

  /// From this version no default port is appended to an address without one.
  static let keepsAddressWithoutPort = PrometheusVersion.v3_0

  /// The job whose settings apply.
  package let job: ScrapeConfig
  /// The relabel rules of the job, compiled.
  package let relabeler: Relabeler
  /// The job's interval and timeout as labels, and what the checks after relabelling say of them.
  private var jobInterval: (interval: String, timeout: String, problem: String?) = ("", "", nil)

  /// Compiles the job's relabel rules for `version`; throws for a rule Prometheus would refuse.
  package init(job: ScrapeConfig, version: PrometheusVersion) throws(Relabeler.InvalidRule) {
    self.job = job
    self.relabeler = try Relabeler(rules: job.relabelConfigs, version: version)
    let interval = job.scrapeInterval.description
    let timeout = job.scrapeTimeout.description
    jobInterval = (interval, timeout, intervalProblem(interval: interval, timeout: timeout))
  }

  /// The labels relabelling starts from: `discovered` plus `job`, `__scrape_interval__`,
  /// `__scrape_timeout__`, `__metrics_path__` and `__scheme__` where absent, and the first value of
  /// each parameter as `__param_<name>`.
  package func labelsBeforeRelabelling(_ discovered: LabelSet) -> LabelSet {
    var labels = discovered
    let scrapeLabels = [
      ("job", job.jobName), ("__scrape_interval__", job.scrapeInterval.description),
      ("__scrape_timeout__", job.scrapeTimeout.description), ("__metrics_path__", job.metricsPath),
      ("__scheme__", job.scheme),
    ]
    for (name, value) in scrapeLabels where labels[name] == nil { labels[name] = value }
    for parameter in job.params {
      if let first = parameter.values.first { labels["__param_" + parameter.name] = first }
    }
    return labels
  }

  /// Relabels `labels` (as `labelsBeforeRelabelling` returns them) and applies the final steps.
  package func populate(_ labels: LabelSet) -> Outcome {
    outcome(of: relabeler.apply(to: labels))
  }

  /// The target a relabelling result gives: the drop, or the final steps applied to the labels.
  package func outcome(of relabelling: RelabelOutcome) -> Outcome {
    switch relabelling {
    case .dropped(let drop): .dropped(.relabel(drop))
    case .kept(let relabelled): finish(relabelled)
    }
  }

  /// The steps after relabelling, in Prometheus's order.
  package func finish(_ relabelled: LabelSet) -> Outcome {
    var labels = relabelled
    guard var address = labels["__address__"] else { return .dropped(.noAddress) }
    if relabeler.version < Self.keepsAddressWithoutPort, GoHostPort.needsDefaultPort(address) {
      switch labels.value(of: "__scheme__") {
      case "http", "": address += ":80"
      case "https": address += ":443"
      default: return .dropped(.invalidTarget("invalid scheme: \(job.scheme.goQuoted)"))
      }
      labels["__address__"] = address
    }
    if address.contains("/") {
      return .dropped(.invalidTarget("\(address.goQuoted) is not a valid hostname"))
    }
    if let problem = intervalProblem(labels) { return .dropped(.invalidTarget(problem)) }
    var final = LabelSet(sorted: labels.labels.filter { !$0.name.hasPrefix("__") })
    if final["instance"] == nil { final["instance"] = address }
    return .kept(address: address, labels: final)
  }

  /// Prometheus's checks of `__scrape_interval__` and `__scrape_timeout__` after relabelling; the job's own
  /// settings, which almost every target keeps, were checked once.
  private func intervalProblem(_ labels: LabelSet) -> String? {
    let intervalText = labels.value(of: "__scrape_interval__")
    let timeoutText = labels.value(of: "__scrape_timeout__")
    if intervalText == jobInterval.interval, timeoutText == jobInterval.timeout { return jobInterval.problem }
    return intervalProblem(interval: intervalText, timeout: timeoutText)
  }

  private func intervalProblem(interval intervalText: String, timeout timeoutText: String) -> String? {
    let interval: PromDuration
    let timeout: PromDuration
    do {
      interval = try PromDuration.parse(intervalText, version: relabeler.version)
    } catch {
      return "error parsing scrape interval: \(error)"
    }
    if interval == .zero { return "scrape interval cannot be 0" }
    do {
      timeout = try PromDuration.parse(timeoutText, version: relabeler.version)
    } catch {
      return "error parsing scrape timeout: \(error)"
    }
    if timeout == .zero { return "scrape timeout cannot be 0" }
    if timeout > interval {
      return "scrape timeout cannot be greater than scrape interval "
        + "(\(timeoutText.goQuoted) > \(intervalText.goQuoted))"
    }
    return nil
  }
}
