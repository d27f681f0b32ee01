/// What a string needs to be written as a YAML scalar: whether it can stand unquoted, whether
/// YAML 1.1 (yaml.v2) would read it unquoted as a string, and whether it needs escapes.
struct YAMLQuoting {
  private let scalars: String.UnicodeScalarView
  private let text: String

  /// Words yaml.v2 resolves to booleans, null or the merge key when unquoted.
  private static let reservedWords: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
    "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF",
    "~", "null", "Null", "NULL", "<<",
    ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN",
  ]

  init(_ text: String) {
    self.text = text
    self.scalars = text.unicodeScalars
  }

  /// True when some character can only be written inside a double-quoted scalar, as an escape.
  var needsEscapes: Bool { scalars.contains { $0 != "\t" && Self.needsEscape($0) } }

  /// True when `scalar` is a line break, a control character or otherwise not printable in YAML.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E: false
    case 0x00...0x1F, 0x7F...0x9F, 0xFEFF, 0x2028, 0x2029, 0xD800...0xDFFF, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// True when the text can be written as a plain scalar and read back unchanged.
  func canBePlain(flow: Bool) -> Bool {
    guard let first = scalars.first, let last = scalars.last else { return false }
    if first == " " || first == "\t" || last == " " || last == "\t" { return false }
    if "!&*'\"%@`|>{}[],#".unicodeScalars.contains(first) { return false }
    if text.hasPrefix("---") || text.hasPrefix("...") { return false }
    var previous: Unicode.Scalar? = nil
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      let following: Unicode.Scalar? = next == scalars.endIndex ? nil : scalars[next]
      let endsToken = following == nil || following == " " || following == "\t"
      if Self.needsEscape(scalar) && scalar != "\t" { return false }
      if previous == nil, "-?:".unicodeScalars.contains(scalar), endsToken || flow { return false }
      if scalar == ":" && (endsToken || flow) { return false }
      if scalar == "#" && (previous == " " || previous == "\t") { return false }
      if flow && ",[]{}".unicodeScalars.contains(scalar) { return false }
      previous = scalar
      index = next
    }
    return true
  }

  /// True when yaml.v2 reads the unquoted text as a string, never as a number, boolean, null,
  /// timestamp or merge key (decided conservatively: anything number-like is quoted).
  var resolvesToString: Bool {
    guard let first = scalars.first else { return false }
    if Self.reservedWords.contains(text) { return false }
    if ("0"..."9").contains(first) { return false }
    if "+-.".unicodeScalars.contains(first) {
      // yaml.v2 drops underscores before reading a signed number, so `-_5` is -5.
      let second = scalars.dropFirst().first { first == "." || $0 != "_" }
      if let second, ("0"..."9").contains(second) || second == "." { return false }
    }
    return true
  }
}
