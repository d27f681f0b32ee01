import GCEKnowledge
import PrometheusModel
import SDJSON

/// A short instance written in a test file; every omitted field gets a default when it becomes the
/// object the Compute API lists.
package struct InlineInstance: Hashable, Sendable {
  /// The instance name (required).
  package var name: String
  /// The job whose first `gce_sd_configs` entry gives the default zone and project.
  package var job: String?
  /// The zone; default: that of the job's first entry.
  package var zone: String?
  /// The project; default: that of the job's first entry.
  package var project: String?
  /// The status; default `RUNNING`.
  package var status: String?
  /// The primary interface's private IP; default `10.0.0.N`, N counting the instances from 1.
  package var networkIP: String?
  /// A one-to-one NAT address, none by default.
  package var publicIP: String?
  /// The GCE labels.
  package var labels: [String: String] = [:]
  /// The network tags.
  package var tags: [String] = []
  /// The metadata items.
  package var metadata: [String: String] = [:]

  /// An instance with only a name.
  package init(name: String) {
    self.name = name
  }

  /// The instance as the Compute API lists it; `number` (from 1) makes the default IP and id.
  package func json(number: Int, config: PrometheusConfig) -> JSONValue {
    let entries = config.scrapeConfigs.filter { !$0.gceSDConfigs.isEmpty }
    let owner = entries.first { $0.jobName == job } ?? entries.first
    let entry = owner?.gceSDConfigs.first
    let project = project ?? entry?.project ?? "project"
    let zone = zone ?? entry?.zone ?? "us-central1-a"
    let zoneURL = MetaLabelValueShape.urlPrefix + "\(project)/zones/\(zone)"
    var interface: [String: JSONValue] = [
      "name": .string("nic0"),
      "networkIP": .string(networkIP ?? "10.\(number / 65536 % 256).\(number / 256 % 256).\(number % 256)"),
      "network": .string(MetaLabelValueShape.urlPrefix + "\(project)/global/networks/default"),
    ]
    if let publicIP {
      interface["accessConfigs"] = .array([
        .object(["type": .string("ONE_TO_ONE_NAT"), "natIP": .string(publicIP)])
      ])
    }
    var object: [String: JSONValue] = [
      "kind": .string("compute#instance"),
      "id": .string(String(1_000_000 + number)),
      "name": .string(name),
      "status": .string(status ?? "RUNNING"),
      "zone": .string(zoneURL),
      "selfLink": .string(zoneURL + "/instances/\(name)"),
      "machineType": .string(zoneURL + "/machineTypes/e2-medium"),
      "networkInterfaces": .array([.object(interface)]),
    ]
    if !labels.isEmpty {
      object["labels"] = .object(labels.mapValues(JSONValue.string))
    }
    if !tags.isEmpty { object["tags"] = .object(["items": .array(tags.map(JSONValue.string))]) }
    if !metadata.isEmpty {
      object["metadata"] = .object([
        "items": .array(
          metadata.sorted { $0.key < $1.key }.map { .object(["key": .string($0.key), "value": .string($0.value)]) })
      ])
    }
    return .object(object)
  }
}
