/// Text as gcloud compares it for `=` and `:` (`resource_expr.NormalizeForSearch`): lower case,
/// HTML tags removed, compatibility-decomposed (NFKD) with combining marks dropped, so `Zürich`
/// reads as `zurich` and `ﬁ` as `fi`.
enum GcloudSearchText {
  /// `text` normalised for searching; `html` also removes `<…>` tags, as gcloud does for resource values.
  static func normalized(_ text: String, html: Bool) -> String {
    var lowered = text.lowercased()
    if html { lowered = withoutTags(lowered) }
    var result = String.UnicodeScalarView()
    for scalar in lowered.unicodeScalars {
      if scalar.isASCII {
        result.append(scalar)
      } else if let folded = folding[scalar.value] {
        result.append(contentsOf: folded)
      } else if scalar.properties.canonicalCombiningClass.rawValue == 0 {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `text` without `<…>` tags; a `<` that is never closed stays.
  private static func withoutTags(_ text: String) -> String {
    guard text.contains("<") else { return text }
    var result = String.UnicodeScalarView()
    var pending: String.UnicodeScalarView?
    for scalar in text.unicodeScalars {
      if pending != nil {
        if scalar == ">" { pending = nil } else { pending!.append(scalar) }
      } else if scalar == "<" {
        pending = String.UnicodeScalarView()
        pending!.append(scalar)
      } else {
        result.append(scalar)
      }
    }
    if let pending { result.append(contentsOf: pending) }
    return String(result)
  }

  /// The folded form of each scalar the table lists, read once from `foldingTable`.
  private static let folding: [UInt32: [Unicode.Scalar]] = {
    var table: [UInt32: [Unicode.Scalar]] = [:]
    for entry in foldingTable.split(separator: "|") {
      let numbers = entry.split(separator: " ").compactMap { UInt32($0, radix: 16) }
      guard let first = numbers.first else { continue }
      table[first] = numbers.dropFirst().compactMap(Unicode.Scalar.init)
    }
    return table
  }()
}
