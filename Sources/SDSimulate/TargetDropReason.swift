import PrometheusModel

/// Why an instance did not become a scrape target of a job.
public enum TargetDropReason: Hashable, Sendable, CustomStringConvertible {
  /// No `gce_sd_configs` entry of the job lists the instance's zone and project.
  case otherLocation(zone: String, project: String?)
  /// Every entry that lists the instance's zone excludes it with its filter (the first such filter).
  case filtered(filter: String)
  /// The instance has no network interface, so Prometheus's discovery skips it.
  case noNetworkInterface
  /// A relabel rule dropped the target.
  case relabel(RelabelDrop)
  /// Relabelling left `__address__` empty or missing; Prometheus reports "no address" and lists the
  /// target nowhere.
  case noAddress
  /// Prometheus refuses the target after relabelling (bad address, scheme or interval); the text is
  /// Prometheus's error.
  case invalidTarget(String)

  /// The 0-based index of the relabel rule that dropped the target, nil for other reasons.
  public var ruleIndex: Int? {
    if case .relabel(let drop) = self { return drop.ruleIndex }
    return nil
  }

  /// True when discovery yielded the instance and relabelling or Prometheus's checks after it dropped the
  /// target; false when the job never discovered the instance.
  package var isAfterDiscovery: Bool {
    switch self {
    case .otherLocation, .filtered, .noNetworkInterface: false
    case .relabel, .noAddress, .invalidTarget: true
    }
  }

  /// One phrase saying why, with the value the rule saw for relabel drops.
  public var description: String {
    switch self {
    case .otherLocation(let zone, let project):
      let place = project.map { "zone \(zone) of project \($0)" } ?? "zone \(zone)"
      return "the instance is in \(place), which no gce_sd_configs entry of the job lists"
    case .filtered(let filter):
      return "excluded by the filter '\(filter)'"
    case .noNetworkInterface:
      return "the instance has no network interface, so discovery skips it"
    case .relabel(let drop):
      return "\(drop.action.rawValue) rule \(drop.ruleIndex) saw \(drop.value.goQuoted) and "
        + Self.verdict(of: drop.action)
    case .noAddress:
      return "__address__ is empty after relabelling (Prometheus: no address)"
    case .invalidTarget(let message):
      return "Prometheus refuses the target: \(message)"
    }
  }

  private static func verdict(of action: RelabelAction) -> String {
    switch action {
    case .keep: "its regex does not match it"
    case .drop: "its regex matches it"
    case .keepequal: "it differs from the target label's value"
    case .dropequal: "it equals the target label's value"
    default: "dropped the target"
    }
  }
}
