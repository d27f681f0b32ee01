import SDCore

/// The `__meta_gce_*` labels Prometheus's GCE service discovery produces, its key sanitiser, and a
/// checker telling lint whether a relabel rule's source label can ever be set.
package enum GCEMetaLabels {
  /// The prefix of every GCE discovery label.
  package static let prefix = "__meta_gce_"
  /// `__meta_gce_project`: the configured project.
  package static let project = "__meta_gce_project"
  /// `__meta_gce_zone`: the instance's zone URL.
  package static let zone = "__meta_gce_zone"
  /// `__meta_gce_instance_id`: the numeric instance id.
  package static let instanceID = "__meta_gce_instance_id"
  /// `__meta_gce_instance_name`: the instance name.
  package static let instanceName = "__meta_gce_instance_name"
  /// `__meta_gce_instance_status`: the instance status.
  package static let instanceStatus = "__meta_gce_instance_status"
  /// `__meta_gce_machine_type`: the machine type URL.
  package static let machineType = "__meta_gce_machine_type"
  /// `__meta_gce_network`: the first NIC's network URL.
  package static let network = "__meta_gce_network"
  /// `__meta_gce_subnetwork`: the first NIC's subnetwork URL.
  package static let subnetwork = "__meta_gce_subnetwork"
  /// `__meta_gce_private_ip`: the first NIC's internal IP.
  package static let privateIP = "__meta_gce_private_ip"
  /// `__meta_gce_public_ip`: the first NIC's one-to-one NAT IP, when there is one.
  package static let publicIP = "__meta_gce_public_ip"
  /// `__meta_gce_tags`: the network tags wrapped in the tag separator, when there are tags.
  package static let tags = "__meta_gce_tags"
  /// Prefix of one label per GCE label: `__meta_gce_label_<sanitised key>`.
  package static let labelPrefix = "__meta_gce_label_"
  /// Prefix of one label per metadata item with a value: `__meta_gce_metadata_<sanitised key>`.
  package static let metadataPrefix = "__meta_gce_metadata_"
  /// Prefix of one label per NIC: `__meta_gce_interface_ipv4_<sanitised NIC name>`.
  package static let interfacePrefix = "__meta_gce_interface_ipv4_"

  /// The labels set for every discovered instance (besides `__address__`), sorted.
  package static let alwaysProduced = [
    instanceID, instanceName, instanceStatus, machineType, network, privateIP, project, subnetwork,
    zone,
  ]
  /// The fixed-name labels set only when the instance has the thing they describe.
  package static let producedIfPresent = [publicIP, tags]
  /// The prefixes followed by a sanitised key.
  package static let prefixes = [labelPrefix, metadataPrefix, interfacePrefix]

  /// Replaces every character outside `[a-zA-Z0-9_]` with `_`, one per Unicode scalar, as Prometheus does.
  package static func sanitize(_ name: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in name.unicodeScalars { result.append(isLabelScalar(scalar) ? scalar : "_") }
    return String(result)
  }

  /// Sanitises raw bytes as Go does: each valid UTF-8 sequence and each invalid byte becomes one character.
  package static func sanitize(bytes: [UInt8]) -> String {
    var result = String.UnicodeScalarView()
    var index = 0
    while index < bytes.count {
      let length = GoUTF8.sequenceLength(in: bytes, at: index)
      let byte = bytes[index]
      result.append(length == 1 && isLabelScalar(Unicode.Scalar(byte)) ? Unicode.Scalar(byte) : "_")
      index += length
    }
    return String(result)
  }

  /// What the value of a GCE discovery label looks like; nil for names GCE discovery never produces.
  package static func valueShape(of name: String, tagSeparator: String = ",") -> MetaLabelValueShape? {
    switch name {
    case project: return .text
    case zone: return .url(pathMarker: "/zones/")
    case machineType: return .url(pathMarker: "/machineTypes/")
    case network: return .url(pathMarker: "/networks/")
    case subnetwork: return .url(pathMarker: "/subnetworks/")
    case instanceID: return .decimal
    case instanceName: return .resourceName
    case instanceStatus: return .instanceStatus
    case privateIP, publicIP: return .ipv4
    case tags: return .tagList(separator: tagSeparator)
    default: break
    }
    guard case .producedIfPresent = verdict(forSourceLabel: name) else { return nil }
    if name.hasPrefix(labelPrefix) { return .labelValue }
    return name.hasPrefix(interfacePrefix) ? .ipv4 : .text
  }

  /// Whether GCE discovery can produce `name`, and if not, why and what was probably meant.
  package static func verdict(forSourceLabel name: String) -> MetaLabelVerdict {
    guard let rest = gceRest(of: name) else { return .notGCE }
    if !name.hasPrefix(prefix) {
      return never(because: "its prefix is not '\(prefix)'", suggestion: prefix + rest)
    }
    if alwaysProduced.contains(name) { return .produced }
    if name == publicIP {
      return .producedIfPresent(
        reason: "set only when the first NIC has a one-to-one NAT external IP")
    }
    if name == tags {
      return .producedIfPresent(reason: "set only for instances with network tags")
    }
    if let verdict = prefixedVerdict(name) { return verdict }
    return misspeltVerdict(name: name, rest: rest)
  }

  /// The part after `__meta_gce_` (or after a near miss such as `__meta_gcp_`); nil for other labels.
  private static func gceRest(of name: String) -> String? {
    if name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
    let parts = name.split(separator: "_", maxSplits: 4, omittingEmptySubsequences: false)
    guard parts.count == 5, parts[0].isEmpty, parts[1].isEmpty, parts[2].lowercased() == "meta",
      Suggestions.distance(parts[3].lowercased(), "gce", limit: 1) <= 1
    else { return nil }
    return String(parts[4])
  }

  private static func prefixedVerdict(_ name: String) -> MetaLabelVerdict? {
    guard let prefix = prefixes.first(where: { name.hasPrefix($0) }) else { return nil }
    let key = String(name.dropFirst(prefix.count))
    let what =
      switch prefix {
      case labelPrefix: "GCE label's key"
      case metadataPrefix: "metadata item's key"
      default: "network interface's name"
      }
    if key.isEmpty {
      return .neverProduced(
        reason: "GCE discovery never sets '\(prefix)' alone; add the \(what) after it",
        suggestion: nil)
    }
    let sanitised = sanitize(key)
    if sanitised != key {
      return never(
        because: "Prometheus turns every character outside [a-zA-Z0-9_] in a \(what) into '_'",
        suggestion: prefix + sanitised)
    }
    if prefix == labelPrefix, key.lowercased() != key {
      return never(because: "GCE label keys are lower case", suggestion: prefix + key.lowercased())
    }
    switch prefix {
    case labelPrefix:
      return .producedIfPresent(reason: "set only for instances with this GCE label")
    case metadataPrefix:
      return .producedIfPresent(reason: "set only for instances with this metadata item")
    default:
      if key == "nic0" { return .produced }
      return .producedIfPresent(
        reason: "set only for instances with a network interface named \(key)")
    }
  }

  private static func misspeltVerdict(name: String, rest: String) -> MetaLabelVerdict {
    let fixedNames = (alwaysProduced + producedIfPresent).map { String($0.dropFirst(prefix.count)) }
    if let nearest = Suggestions.nearest(to: rest, in: fixedNames, maxDistance: 2).first {
      return never(because: nil, suggestion: prefix + nearest)
    }
    if rest == "tag" || rest.hasPrefix("tag_") || rest.hasPrefix("tags_") {
      let tag = rest.drop(while: { $0 != "_" }).dropFirst()
      let example = tag.isEmpty ? "" : " such as '.*,\(tag),.*'"
      return .neverProduced(
        reason:
          "GCE discovery has no label per network tag; match the tag with a regex\(example) on \(tags)",
        suggestion: tags)
    }
    if let corrected = correctedPrefix(rest) {
      return never(because: nil, suggestion: corrected)
    }
    if let fixed = fixedNames.first(where: { rest.hasPrefix($0 + "_") }) {
      return never(because: nil, suggestion: prefix + fixed)
    }
    return never(because: nil, suggestion: nil)
  }

  /// `lables_env` → `__meta_gce_label_env`: a prefix word within two edits, followed by a key.
  private static func correctedPrefix(_ rest: String) -> String? {
    var best: (distance: Int, label: String)?
    for separator in rest.indices where rest[separator] == "_" {
      let head = rest[..<separator].lowercased()
      let key = String(rest[rest.index(after: separator)...])
      guard !key.isEmpty else { continue }
      for prefix in prefixes {
        let word = String(prefix.dropFirst(Self.prefix.count).dropLast())
        let distance = Suggestions.distance(head, word, limit: 2)
        guard distance <= 2, best == nil || distance < best!.distance else { continue }
        let sanitised = sanitize(key)
        best = (distance, prefix + (prefix == labelPrefix ? sanitised.lowercased() : sanitised))
      }
    }
    return best?.label
  }

  /// "GCE discovery never sets this label[ because …]; use 'suggestion'" (or: pick a documented one).
  private static func never(because cause: String?, suggestion: String?) -> MetaLabelVerdict {
    let why = cause.map { " because \($0)" } ?? ""
    let advice =
      suggestion.map { "use '\($0)'" }
      ?? "use one of the __meta_gce_* labels listed in the gce_sd_config documentation"
    return .neverProduced(
      reason: "GCE discovery never sets this label\(why); \(advice)", suggestion: suggestion)
  }

  private static func isLabelScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
      || scalar == "_"
  }
}
