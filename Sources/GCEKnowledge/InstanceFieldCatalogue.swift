/// The fields of the Compute Engine Instance resource that filters can name, with their types,
/// enum values and whether they hold URLs or lists (data generated from `gce-instance-fields.tsv`).
package enum InstanceFieldCatalogue {
  /// Catalogued fields by filter path (`networkInterfaces.network`).
  static let byPath: [String: InstanceField] = Dictionary(
    all.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

  /// Catalogued filter paths by their lower-cased spelling, to repair the case of `networkIp`.
  static let byLowercasedPath: [String: String] = Dictionary(
    all.map { ($0.path.lowercased(), $0.path) }, uniquingKeysWith: { first, _ in first })

  /// Every filter path of the catalogue (plus `labels.KEY` forms are always valid), in catalogue order.
  package static let filterPaths: [String] = all.map(\.path)

  /// What the dotted filter `path` names: `labels.KEY` is a label, catalogued paths are fields.
  package static func lookup(_ path: String) -> InstanceFieldLookup {
    if path.hasPrefix("labels."), path.utf8.count > "labels.".utf8.count {
      // The prefix is seven ASCII characters, so the key starts seven bytes in.
      return .label(key: String(Substring(path.utf8.dropFirst("labels.".utf8.count))))
    }
    if let field = byPath[path] { return .field(field) }
    return .unknown
  }

  /// The API spelling of a gcloud key: snake_case parts become lowerCamelCase
  /// (`scheduling.automatic_restart` → `scheduling.automaticRestart`), a catalogued path's case is
  /// repaired (`networkInterfaces.networkIp` → `networkInterfaces.networkIP`), and label keys stay verbatim.
  package static func apiPath(fromGcloud key: String) -> String {
    let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count > 1, parts[0] == "labels" {
      return "labels." + parts.dropFirst().joined(separator: ".")
    }
    let camel = parts.map(camelCase).joined(separator: ".")
    return byLowercasedPath[camel.lowercased()] ?? camel
  }

  /// `machine_type` → `machineType`; a word without underscores is returned unchanged.
  package static func camelCase(_ word: String) -> String {
    guard word.contains("_") else { return word }
    var result = ""
    var upperNext = false
    for character in word {
      if character == "_" {
        upperNext = !result.isEmpty
      } else {
        result += upperNext ? character.uppercased() : String(character)
        upperNext = false
      }
    }
    return result
  }
}
