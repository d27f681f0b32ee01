/// Why a zones file (`--zones-file`) could not be read as a list of zone names.
package enum ZoneListError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A line that is not a zone name, e.g. the header of gcloud's table format.
  case notAZoneName(line: Int, text: String)
  /// The file lists no zone at all.
  case noZones

  /// One sentence saying what is wrong and what to do.
  package var description: String {
    let howTo = "create it with gcloud compute zones list --format='value(name)'"
    switch self {
    case .notAZoneName(let line, let text):
      return "line \(line) of the zones file, '\(text)', is not a zone name; \(howTo)"
    case .noZones:
      return "the zones file lists no zones; \(howTo)"
    }
  }
}
