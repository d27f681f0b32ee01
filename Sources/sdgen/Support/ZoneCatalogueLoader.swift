import SDConfigKit

/// The zone catalogue to check against: the bundled one, or the zones listed in `--zones-file`.
func loadZoneCatalogue(_ path: String?) throws -> ZoneCatalogue {
  guard let path else { return .bundled }
  do {
    let text = String(decoding: try AtomicFile.read(path), as: UTF8.self)
    return try ZoneCatalogue(zoneListText: text)
  } catch {
    throw failJob("\(path): \(error)")
  }
}
