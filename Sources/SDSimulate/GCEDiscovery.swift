import SDJSON
import GCEKnowledge

/// Builds the targets Prometheus's GCE service discovery yields for one `gce_sd_configs` entry
/// from listed instances (filtering by the entry's `filter` is done elsewhere).
package struct GCEDiscovery: Hashable, Sendable {
  /// The configured `project`, copied into `__meta_gce_project` as written.
  package let project: String
  /// The configured `zone` (one zone name).
  package let zone: String
  /// The configured `port`, appended to the private IP in `__address__`.
  package let port: Int
  /// The configured `tag_separator`, wrapped around and between the network tags.
  package let tagSeparator: String

  /// Creates a discovery for one entry; the defaults are Prometheus's.
  package init(project: String, zone: String, port: Int = 80, tagSeparator: String = ",") {
    self.project = project
    self.zone = zone
    self.port = port
    self.tagSeparator = tagSeparator
  }

  /// The target group source Prometheus reports for this entry: `GCE_<project>_<zone>`.
  package var source: String { "GCE_\(project)_\(zone)" }

  /// The targets for the instances of this project and zone, in listing order; instances without
  /// a network interface are skipped, as Prometheus skips them.
  package func targets(from instances: [JSONValue]) -> [DiscoveredTarget] {
    instances.compactMap { instance in selects(instance) ? target(for: instance) : nil }
  }

  /// True when the `instances.list` call of this entry would return `instance`: it lives in the
  /// configured zone and, when its URLs name a project, in the configured project.
  package func selects(_ instance: JSONValue) -> Bool {
    selects(InstanceLocation(instance))
  }

  /// True when the `instances.list` call of this entry would return an instance at `location`.
  package func selects(_ location: InstanceLocation) -> Bool {
    guard location.zone == zone else { return false }
    return location.project.map { $0 == project } ?? true
  }

  /// The discovered labels of one instance, or nil when it has no network interface.
  package func target(for instance: JSONValue) -> DiscoveredTarget? {
    target(for: instance, at: InstanceLocation(instance))
  }

  /// The discovered labels of `instance`, whose location is `location`, or nil when it has no network interface.
  package func target(for instance: JSONValue, at location: InstanceLocation) -> DiscoveredTarget? {
    guard let interfaces = instance["networkInterfaces"]?.arrayValue, let primary = interfaces.first
    else {
      return nil
    }
    let projectInURLs = location.project ?? project
    var labels: [String: String] = [:]
    var notes: [String] = []
    let privateIP = primary["networkIP"]?.stringValue ?? ""
    labels["__address__"] = "\(privateIP):\(port)"
    labels[GCEMetaLabels.project] = project
    labels[GCEMetaLabels.zone] = location.zoneURL(project: projectInURLs)
    labels[GCEMetaLabels.instanceID] = Self.decimalID(instance["id"])
    labels[GCEMetaLabels.instanceName] = instance["name"]?.stringValue
    labels[GCEMetaLabels.instanceStatus] = instance["status"]?.stringValue
    labels[GCEMetaLabels.machineType] = Self.machineTypeURL(
      instance["machineType"]?.stringValue, project: projectInURLs, zone: location.zone)
    labels[GCEMetaLabels.network] = primary["network"]?.stringValue
    labels[GCEMetaLabels.subnetwork] = primary["subnetwork"]?.stringValue
    labels[GCEMetaLabels.privateIP] = privateIP
    for interface in interfaces {
      let name = GCEMetaLabels.sanitize(interface["name"]?.stringValue ?? "")
      labels[GCEMetaLabels.interfacePrefix + name] = interface["networkIP"]?.stringValue ?? ""
    }
    if let tags = instance["tags"]?["items"]?.arrayValue?.compactMap(\.stringValue), !tags.isEmpty {
      labels[GCEMetaLabels.tags] =
        tagSeparator + tags.joined(separator: tagSeparator) + tagSeparator
    }
    for item in instance["metadata"]?["items"]?.arrayValue ?? [] {
      guard let key = item["key"]?.stringValue, let value = item["value"]?.stringValue else {
        continue
      }
      labels[GCEMetaLabels.metadataPrefix + GCEMetaLabels.sanitize(key)] = value
    }
    addGCELabels(instance["labels"]?.objectValue ?? [:], to: &labels, notes: &notes)
    if let access = primary["accessConfigs"]?.arrayValue?.first,
      access["type"]?.stringValue == "ONE_TO_ONE_NAT"
    {
      labels[GCEMetaLabels.publicIP] = access["natIP"]?.stringValue ?? ""
    }
    return DiscoveredTarget(
      instanceName: instance["name"]?.stringValue ?? "",
      labels: labels.filter { !$0.value.isEmpty },
      notes: notes)
  }

  /// Adds `__meta_gce_label_*`; of keys that sanitise alike (Prometheus picks one at random), the
  /// key sorting last wins here, and a note says so.
  private func addGCELabels(
    _ gceLabels: [String: JSONValue], to labels: inout [String: String], notes: inout [String]
  ) {
    var keyByName: [String: String] = [:]
    for key in gceLabels.keys.sorted() {
      let name = GCEMetaLabels.labelPrefix + GCEMetaLabels.sanitize(key)
      if let earlier = keyByName[name] {
        notes.append(
          "GCE labels '\(earlier)' and '\(key)' both become \(name); Prometheus keeps either value at random, "
            + "so rename one of the labels")
      }
      keyByName[name] = key
      labels[name] = gceLabels[key]?.stringValue ?? ""
    }
  }

  /// The instance id in decimal, as Prometheus prints the uint64 (the API sends it as a string).
  private static func decimalID(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text): return text
    case .number(let number):
      return number >= 0 && number < 0x1p64 ? String(UInt64(number)) : "0"
    default: return "0"
    }
  }

  /// The machine type URL; a listing that carries only the short name gets the URL the API would send.
  private static func machineTypeURL(_ value: String?, project: String, zone: String) -> String? {
    guard let value, !value.isEmpty, !value.utf8.contains(UInt8(ascii: "/")) else { return value }
    return "\(MetaLabelValueShape.urlPrefix)\(project)/zones/\(zone)/machineTypes/\(value)"
  }
}
