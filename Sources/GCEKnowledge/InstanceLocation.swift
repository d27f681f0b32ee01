import SDJSON

/// The project and zone an instance lives in, read from its `zone` and `selfLink` fields, which are
/// API URLs (`…/projects/P/zones/Z`) or, in some gcloud listings, the short zone name.
package struct InstanceLocation {
  /// The short zone name, or "" when the instance says nothing about its zone.
  package let zone: String
  /// The project named in the instance's URLs, if any.
  package let project: String?
  /// The `zone` field as listed.
  private let zoneField: String?

  package init(_ instance: JSONValue) {
    zoneField = instance["zone"]?.stringValue
    let fromZone = zoneField.map(Self.parse)
    // The self link is read only when the zone field does not say it all.
    let fromSelfLink =
      fromZone?.zone != nil && fromZone?.project != nil ? nil : instance["selfLink"]?.stringValue.map(Self.parse)
    zone = fromZone?.zone ?? fromSelfLink?.zone ?? ""
    project = fromZone?.project ?? fromSelfLink?.project
  }

  /// The value of `__meta_gce_zone`: the zone URL the API sends (rebuilt when listed as a short name).
  package func zoneURL(project: String) -> String {
    if let zoneField, zoneField.contains("/") { return zoneField }
    return "\(MetaLabelValueShape.urlPrefix)\(project)/zones/\(zone)"
  }

  /// Reads `projects/P` and `zones/Z` path segments; a value without `/` is a short zone name.
  private static func parse(_ text: String) -> (zone: String?, project: String?) {
    let bytes = Array(text.utf8)
    guard bytes.contains(UInt8(ascii: "/")) else { return (text, nil) }
    // The segment after the first `zones` and after the first `projects` segment (empty segments skipped).
    var segments: [Range<Int>] = []
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
      if index > start { segments.append(start..<index) }
      start = index + 1
    }
    func segment(after marker: String) -> String? {
      guard let found = segments.firstIndex(where: { bytes[$0].elementsEqual(marker.utf8) }), found + 1 < segments.count
      else { return nil }
      return String(decoding: bytes[segments[found + 1]], as: UTF8.self)
    }
    return (segment(after: "zones"), segment(after: "projects"))
  }
}
