import SDJSON

/// What a Prometheus server's `/api/v1/targets?state=any` reports.
package struct ServedTargets {
  /// One active target.
  package struct Active {
    /// The scrape pool (the job name).
    package let pool: String
    /// The labels after relabelling, as the targets page shows them.
    package let labels: [String: String]
    /// The URL the server scrapes.
    package let scrapeURL: String
    /// The labels before relabelling, as 2.42 reports them (`job` and `__address__` may show
    /// relabelled values; the `__meta_*` labels are as discovered).
    package let discoveredLabels: [String: String]

    /// The `host:port` of `scrapeURL`.
    package var address: String {
      let afterScheme = scrapeURL.split(separator: "://", maxSplits: 1).last ?? ""
      return String(afterScheme.prefix { $0 != "/" && $0 != "?" })
    }

    /// The `__meta_gce_instance_name` the target was discovered with, or "?".
    package var instanceName: String { discoveredLabels["__meta_gce_instance_name"] ?? "?" }
  }

  /// The active targets.
  package let active: [Active]
  /// The discovered labels of each dropped target.
  package let dropped: [[String: String]]

  /// The instance names (`__meta_gce_instance_name`) of the dropped targets, "?" when missing.
  package var droppedInstances: [String] { dropped.map { $0["__meta_gce_instance_name"] ?? "?" } }

  /// How many targets the server knows, active and dropped.
  package var count: Int { active.count + dropped.count }

  /// Reads the `data` of a successful API answer.
  package init(_ body: JSONValue) {
    active = (body["data"]?["activeTargets"]?.arrayValue ?? []).map { target in
      Active(
        pool: target["scrapePool"]?.stringValue ?? "?", labels: Self.labels(target["labels"]),
        scrapeURL: target["scrapeUrl"]?.stringValue ?? "", discoveredLabels: Self.labels(target["discoveredLabels"]))
    }
    dropped = (body["data"]?["droppedTargets"]?.arrayValue ?? []).map { Self.labels($0["discoveredLabels"]) }
  }

  /// Nothing served yet.
  package init() {
    active = []
    dropped = []
  }

  private static func labels(_ value: JSONValue?) -> [String: String] {
    (value?.objectValue ?? [:]).mapValues { $0.stringValue ?? "" }
  }
}
