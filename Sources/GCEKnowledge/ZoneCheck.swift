import SDCore

/// What is wrong (if anything) with a `zone:` value, with a message and help a user can act on.
package enum ZoneCheck: Hashable, Sendable {
  /// A current public zone: nothing to report.
  case valid(ZoneInfo)
  /// A zone of a restricted (non-public) region: most projects cannot use it.
  case restricted(ZoneInfo)
  /// An AI zone: a project sees it only after AI zone visibility is enabled.
  case aiZone(ZoneInfo)
  /// A retired zone, with the current zones of its region.
  case retired(zone: String, replacements: [String])
  /// An empty value.
  case empty
  /// A zone name with spaces or tabs around it.
  case surroundingWhitespace(trimmed: String)
  /// A zone URL or path (`…/zones/us-central1-a`) instead of the name.
  case url(zone: String)
  /// Several zones in one value; a `gce_sd_configs` entry takes exactly one.
  case list([String])
  /// A region where a zone is expected, with the region's zones.
  case region(String, zones: [String])
  /// A known region with a zone letter it does not have, with the region's zones.
  case wrongLetter(zone: String, region: String, zones: [String])
  /// An AWS-style name (`us-east-1a`), with the GCE zones it most likely means.
  case awsStyle(zone: String, suggestions: [String])
  /// An unknown name, with the nearest known zones (possibly none).
  case unknown(zone: String, suggestions: [String])

  /// The severity lint should use; nil when there is nothing to report.
  package var severity: Severity? {
    switch self {
    case .valid: nil
    case .aiZone: .info
    case .restricted, .retired: .warning
    default: .error
    }
  }

  /// Zones to offer as replacements, best first.
  package var suggestions: [String] {
    switch self {
    case .valid, .restricted, .aiZone, .empty, .list: []
    case .surroundingWhitespace(let trimmed): [trimmed]
    case .url(let zone): [zone]
    case .retired(_, let zones), .region(_, let zones), .wrongLetter(_, _, let zones): zones
    case .awsStyle(_, let zones), .unknown(_, let zones): zones
    }
  }

  /// One sentence saying what is wrong and what to do; nil when there is nothing to report.
  package var message: String? {
    switch self {
    case .valid:
      return nil
    case .restricted(let zone):
      return
        "zone '\(zone.name)' is in the restricted region '\(zone.region)', which most projects cannot use; "
        + "check that the project has access"
    case .aiZone(let zone):
      return
        "zone '\(zone.name)' is an AI zone, which a project sees only after AI zone visibility is enabled; "
        + "check that it is enabled for the project"
    case .retired(let zone, let replacements):
      return "zone '\(zone)' is retired and the API rejects it; use a current zone of its region: "
        + Self.joined(replacements)
    case .empty:
      return "the zone is empty; set it to one zone name such as 'us-central1-a'"
    case .surroundingWhitespace(let trimmed):
      return "the zone has spaces around it, which the API rejects; write '\(trimmed)'"
    case .url(let zone):
      return "the zone is written as a URL or path; write the zone name '\(zone)'"
    case .list(let zones):
      return "the value lists \(zones.count) zones but a gce_sd_configs entry takes exactly one; "
        + "write one entry per zone"
    case .region(let region, let zones):
      return "'\(region)' is a region, not a zone; pick one of its zones: \(Self.joined(zones))"
    case .wrongLetter(let zone, let region, let zones):
      return
        "zone '\(zone)' does not exist in region \(region); use one of its zones: \(Self.joined(zones))"
    case .awsStyle(let zone, let suggestions):
      return "'\(zone)' is an AWS-style name; GCE writes zones like \(Self.joined(suggestions))"
    case .unknown(let zone, let suggestions):
      guard let best = suggestions.first else {
        return "unknown zone '\(zone)'; use a zone name such as 'us-central1-a'"
      }
      return "unknown zone '\(zone)'; did you mean '\(best)'?"
    }
  }

  /// Further advice beyond the message, if any.
  package var help: String? {
    switch self {
    case .aiZone(let zone) where zone.isUnverified:
      return "sdgen knows this zone only from public scripts, not from Google's documentation"
    case .unknown(_, let suggestions):
      let similar = suggestions.count > 1 ? "similar zones: \(Self.joined(suggestions)); " : ""
      return similar + "if the zone is newer than sdgen, pass --zones-file with the output of "
        + "gcloud compute zones list --format='value(name)'"
    default:
      return nil
    }
  }

  private static func joined(_ zones: [String]) -> String { zones.joined(separator: ", ") }
}
