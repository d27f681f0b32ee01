import SDConfigKit

/// The zone catalogue to check against: the bundled one, or the zones listed in the file at `path`;
/// `origin` says where the path came from ("--zones-file", "zones_file in .sdgen.yml") for the error.
func loadZoneCatalogue(_ path: String?, from origin: String = "--zones-file") throws -> ZoneCatalogue {
  guard let path else { return .bundled }
  do {
    let text = String(decoding: try AtomicFile.read(path), as: UTF8.self)
    return try ZoneCatalogue(zoneListText: text)
  } catch {
    throw failJob("\(origin): \(path): \(error)")
  }
}
