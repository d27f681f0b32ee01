import GoRegex

/// The case mapping of the lowercase and uppercase actions, as Go's `strings.ToLower` and
/// `strings.ToUpper` do it: one simple case mapping per scalar.
enum RelabelCase {
  /// The value with every scalar mapped to its simple lowercase.
  static func lowercased(_ value: String) -> String { map(value, CaseFolding.lower) }

  /// The value with every scalar mapped to its simple uppercase.
  static func uppercased(_ value: String) -> String { map(value, CaseFolding.upper) }

  private static func map(_ value: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
    var result = String.UnicodeScalarView()
    for scalar in value.unicodeScalars { result.append(transform(scalar)) }
    return String(result)
  }
}
