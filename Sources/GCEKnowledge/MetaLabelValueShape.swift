/// What the value of a `__meta_gce_*` label looks like, so lint can tell when a literal can never match.
package enum MetaLabelValueShape: Hashable, Sendable {
  /// A Compute API URL (`https://www.googleapis.com/compute/v1/projects/…`) containing `pathMarker`.
  case url(pathMarker: String)
  /// Network tags joined by the separator and wrapped in it: `,http-server,node-exporter,`.
  case tagList(separator: String)
  /// A dotted IPv4 address.
  case ipv4
  /// A decimal number (the instance id).
  case decimal
  /// One of the instance status values (`RUNNING`, `TERMINATED`, …).
  case instanceStatus
  /// A Compute Engine resource name: lower-case letters, digits and hyphens (the instance name).
  case resourceName
  /// A GCE label value: lower case, at most 63 characters.
  case labelValue
  /// Free text (the configured project, metadata values).
  case text

  /// The start of every Compute API URL GCE discovery puts into labels.
  package static let urlPrefix = "https://www.googleapis.com/compute/v1/projects/"

  /// The values `status` can take (the current Compute v1 schema).
  package static let instanceStatuses = [
    "DEPROVISIONING", "PENDING", "PENDING_STOP", "PROVISIONING", "REPAIRING", "RUNNING", "STAGING",
    "STOPPED", "STOPPING", "SUSPENDED", "SUSPENDING", "TERMINATED",
  ]

  /// A typical value, for messages (`https://www.googleapis.com/compute/v1/projects/P/zones/us-central1-a`).
  package var example: String {
    switch self {
    case .url(let marker):
      let tail =
        switch marker {
        case "/zones/": "P/zones/us-central1-a"
        case "/machineTypes/": "P/zones/us-central1-a/machineTypes/e2-standard-2"
        case "/subnetworks/": "P/regions/us-central1/subnetworks/default"
        default: "P/global/networks/default"
        }
      return Self.urlPrefix + tail
    case .tagList(let separator):
      return separator + ["http-server", "node-exporter"].joined(separator: separator) + separator
    case .ipv4: return "10.128.0.12"
    case .decimal: return "4729183650192837465"
    case .instanceStatus: return "RUNNING"
    case .resourceName: return "web-frontend-1"
    case .labelValue: return "prod"
    case .text: return "acme-monitoring-prod"
    }
  }

  /// True when a label of this shape can have exactly `value` (an empty value means the label is absent).
  package func accepts(_ value: String) -> Bool {
    switch self {
    case .url(let marker):
      return value.hasPrefix(Self.urlPrefix) && value.contains(marker)
    case .tagList(let separator):
      guard !separator.isEmpty else { return !value.isEmpty }
      return value.count >= 2 * separator.count + 1 && value.hasPrefix(separator)
        && value.hasSuffix(separator)
    case .ipv4:
      let parts = value.split(separator: ".", omittingEmptySubsequences: false)
      return parts.count == 4
        && parts.allSatisfy { part in
          (1...3).contains(part.utf8.count) && part.utf8.allSatisfy(GCEName.isDigit)
            && Int(part)! <= 255
        }
    case .decimal:
      return !value.isEmpty && value.utf8.allSatisfy(GCEName.isDigit)
    case .instanceStatus:
      return Self.instanceStatuses.contains(value)
    case .resourceName:
      return GCEName.isResourceName(value)
    case .labelValue:
      return value.unicodeScalars.count <= 63
        && !value.unicodeScalars.contains { ("A"..."Z").contains($0) || $0.properties.isWhitespace }
    case .text:
      return true
    }
  }
}
