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
    let fromSelfLink = instance["selfLink"]?.stringValue.map(Self.parse)
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
    guard text.utf8.contains(UInt8(ascii: "/")) else { return (text, nil) }
    // The segment after the first `zones` and after the first `projects` segment (empty segments skipped).
    var zone: String?
    var project: String?
    var wantsZone = false
    var wantsProject = false
    var sawZones = false
    var sawProjects = false
    for segment in text.utf8.split(separator: UInt8(ascii: "/")) {
      if wantsZone { zone = String(Substring(segment)) }
      if wantsProject { project = String(Substring(segment)) }
      wantsZone = !sawZones && segment.elementsEqual("zones".utf8)
      wantsProject = !sawProjects && segment.elementsEqual("projects".utf8)
      sawZones = sawZones || wantsZone
      sawProjects = sawProjects || wantsProject
    }
    return (zone, project)
  }
}
