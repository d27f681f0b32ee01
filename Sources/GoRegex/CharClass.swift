/// A bracketed or escaped character class (`[a-z]`, `\d`, `\pL`, `[[:alpha:]]`) as Go matches it.
struct CharClass: Sendable {
  /// One member of a class; `negated` complements that member alone (`\PL`, `[:^alpha:]`, `\D`).
  struct Item: Sendable {
    enum Kind: Sendable {
      case ranges([ClosedRange<UInt32>])
      case categories([Unicode.GeneralCategory])
      case script(String)
      case any
    }

    var kind: Kind
    var negated: Bool

    func containsExactly(_ scalar: Unicode.Scalar) -> Bool {
      switch kind {
      case .ranges(let ranges): return ranges.contains { $0.contains(scalar.value) }
      case .categories(let categories): return categories.contains(scalar.properties.generalCategory)
      case .script(let name): return ScriptMembership.contains(scalar, script: name)
      case .any: return true
      }
    }
  }

  /// The members, any of which matching makes the class match.
  var items: [Item] = []
  /// True for `[^…]`.
  var negated = false
  /// True under `(?i)`: a scalar matches when any case variant of it does.
  var foldCase = false
  /// Precomputed answers for ASCII scalars (bit n of word n/64).
  private var ascii: (UInt64, UInt64) = (0, 0)

  /// Fixes the ASCII table once the items and flags are final.
  mutating func finish() {
    var table: (UInt64, UInt64) = (0, 0)
    for value in 0..<128 where evaluate(Unicode.Scalar(UInt8(value))) {
      if value < 64 { table.0 |= 1 << UInt64(value) } else { table.1 |= 1 << UInt64(value - 64) }
    }
    ascii = table
  }

  /// True when the class matches `scalar`.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 64 { return ascii.0 & (1 << UInt64(value)) != 0 }
    if value < 128 { return ascii.1 & (1 << UInt64(value - 64)) != 0 }
    return evaluate(scalar)
  }

  private func evaluate(_ scalar: Unicode.Scalar) -> Bool {
    let variants = foldCase ? CaseFolding.orbit(scalar) : [scalar]
    let hit = items.contains { item in
      variants.contains { item.containsExactly($0) } != item.negated
    }
    return hit != negated
  }

  /// `\d`, `\s`, `\w` and their upper-case negations, ASCII-only as in Go.
  static func perlItem(_ letter: Character) -> Item? {
    switch letter {
    case "d", "D": return Item(kind: .ranges([0x30...0x39]), negated: letter == "D")
    case "s", "S": return Item(kind: .ranges([0x9...0xA, 0xC...0xD, 0x20...0x20]), negated: letter == "S")
    case "w", "W": return Item(kind: .ranges(wordRanges), negated: letter == "W")
    default: return nil
    }
  }

  /// `[0-9A-Za-z_]`, the ASCII word characters of `\w` and `\b`.
  static let wordRanges: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]

  /// The POSIX classes Go knows inside brackets, by name (`alpha` for `[:alpha:]`).
  static let posixClasses: [String: [ClosedRange<UInt32>]] = [
    "alnum": [0x30...0x39, 0x41...0x5A, 0x61...0x7A],
    "alpha": [0x41...0x5A, 0x61...0x7A],
    "ascii": [0x0...0x7F],
    "blank": [0x9...0x9, 0x20...0x20],
    "cntrl": [0x0...0x1F, 0x7F...0x7F],
    "digit": [0x30...0x39],
    "graph": [0x21...0x7E],
    "lower": [0x61...0x7A],
    "print": [0x20...0x7E],
    "punct": [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E],
    "space": [0x9...0xD, 0x20...0x20],
    "upper": [0x41...0x5A],
    "word": wordRanges,
    "xdigit": [0x30...0x39, 0x41...0x46, 0x61...0x66],
  ]

  /// The item for a `\p{…}` name as Go (before its category aliases) accepts it, nil when unknown.
  static func unicodeItem(named name: String) -> Item.Kind? {
    if name == "Any" { return .any }
    if let categories = generalCategories[name] { return .categories(categories) }
    if ScriptMembership.names.contains(name) { return .script(name) }
    return nil
  }

  private static let generalCategories: [String: [Unicode.GeneralCategory]] = {
    let single: [String: Unicode.GeneralCategory] = [
      "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter,
      "Lo": .otherLetter, "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark,
      "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber, "Pc": .connectorPunctuation,
      "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation, "Pi": .initialPunctuation,
      "Pf": .finalPunctuation, "Po": .otherPunctuation, "Sm": .mathSymbol, "Sc": .currencySymbol,
      "Sk": .modifierSymbol, "So": .otherSymbol, "Zs": .spaceSeparator, "Zl": .lineSeparator,
      "Zp": .paragraphSeparator, "Cc": .control, "Cf": .format, "Cs": .surrogate, "Co": .privateUse,
    ]
    var table = single.mapValues { [$0] }
    for major in ["L", "M", "N", "P", "S", "Z", "C"] {
      table[major] = single.filter { $0.key.hasPrefix(major) }.map(\.value)
    }
    return table
  }()
}
