import SDCore

/// One source line as a terminal shows it, with the marker that underlines a range on it:
/// tabs become four spaces, control characters become their visible pictures, and wide
/// characters take two cells, so the marker lines up under the text it points at.
struct SourceSnippet: Sendable {
  /// The line as printed.
  let line: String
  /// The number of cells before the underline, so it lines up under the range.
  let indent: Int
  /// `^` under the first character of the range and `~` under the rest.
  let underline: String

  private static let tabWidth = 4

  /// The snippet for `range` in `source`, nil when its start line is not in the file.
  /// A range that continues past its first line is underlined to the end of that line; one that
  /// starts past the end of the line gets a single caret just after the last character.
  init?(source: SourceText, range: SourceRange) {
    let lineNumber = range.start.line
    guard lineNumber >= 1, lineNumber <= source.lineCount else { return nil }
    var text = Substring(source.line(lineNumber))
    if lineNumber == 1, text.unicodeScalars.first == "\u{FEFF}" {
      text = Substring(text.unicodeScalars.dropFirst())
    }
    let endColumn = range.end.line == lineNumber ? range.end.column : Int.max
    var printed = ""
    var column = 1
    var width = 0
    var startCell: Int?
    var endCell: Int?
    for character in text {
      let nextColumn = column + character.unicodeScalars.count
      if startCell == nil, range.start.column < nextColumn { startCell = width }
      if endCell == nil, endColumn <= column { endCell = width }
      width += Self.cells(of: character)
      column = nextColumn
      printed += Self.printable(character)
    }
    let start = startCell ?? width
    let end = max(endCell ?? width, start)
    line = printed
    indent = start
    underline = "^" + String(repeating: "~", count: max(0, end - start - 1))
  }

  /// How the character is printed: tabs expanded, control characters as their pictures.
  private static func printable(_ character: Character) -> String {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return String(character)
    }
    switch scalar.value {
    case 0x09: return String(repeating: " ", count: tabWidth)
    case 0x00...0x1F, 0x7F:
      // U+2400 CONTROL PICTURE FOR NULL onwards; DEL's picture is U+2421.
      let picture = scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value
      return Unicode.Scalar(picture).map { String($0) } ?? String(character)
    default: return String(character)
    }
  }

  /// The terminal cells the character takes: 0 for a lone combining or format character,
  /// 2 for East Asian wide characters and emoji, the tab width for a tab, 1 otherwise.
  private static func cells(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first == "\t" { return tabWidth }
    if first.value < 0x20 || first.value == 0x7F { return 1 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(first) || scalars.contains(where: { $0.properties.isEmojiPresentation || $0 == "\u{FE0F}" }) {
      return 2
    }
    return 1
  }

  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
