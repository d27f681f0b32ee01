/// One target that GCE service discovery yields for an instance: its discovered labels before relabelling.
package struct DiscoveredTarget: Hashable, Sendable {
  /// The GCE instance name.
  package let instanceName: String
  /// `__address__` and the `__meta_gce_*` labels; labels with empty values are left out, since
  /// Prometheus treats an empty label as absent.
  package let labels: [String: String]
  /// Sentences about surprises, e.g. two GCE label keys that sanitise to the same label name.
  package let notes: [String]

  /// Creates a target.
  package init(instanceName: String, labels: [String: String], notes: [String] = []) {
    self.instanceName = instanceName
    self.labels = labels
    self.notes = notes
  }

  /// The labels as (name, value) pairs sorted by name.
  package var sortedLabels: [(name: String, value: String)] {
    labels.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
  }
}
