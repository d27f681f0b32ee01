/// Writes `gcloud compute instances list` command lines that a POSIX shell passes to gcloud
/// byte for byte: the filter always in single quotes, other arguments quoted only when needed.
package enum GcloudCommandLine {
  /// `gcloud compute instances list --project=P --zones=Z1,Z2 --filter='F'`, leaving out what is nil or empty.
  package static func instancesList(project: String?, zones: [String], filter: String?) -> String {
    var words = ["gcloud", "compute", "instances", "list"]
    if let project { words.append("--project=" + quotedIfNeeded(project)) }
    if !zones.isEmpty { words.append("--zones=" + quotedIfNeeded(zones.joined(separator: ","))) }
    if let filter, !filter.isEmpty { words.append("--filter=" + singleQuoted(filter)) }
    return words.joined(separator: " ")
  }

  /// `text` in single quotes, each `'` written as `'\''`.
  package static func singleQuoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }

  /// `text` as is when it holds only characters no shell treats specially, single-quoted otherwise.
  package static func quotedIfNeeded(_ text: String) -> String {
    let safe =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "_-.,:/@=+".unicodeScalars.contains(scalar))
      }
    return safe ? text : singleQuoted(text)
  }
}
