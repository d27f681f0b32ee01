import SDCore

/// One source line as a terminal shows it, with the marker that underlines a range on it:
/// tabs become four spaces, control characters become their visible pictures, and wide
/// characters take two cells, so the marker lines up under the text it points at. A long line is
/// shown as a window around the range with `…` where it is cut, so output stays linear in findings.
struct SourceSnippet: Sendable {
  /// The line as printed.
  let line: String
  /// The number of cells before the underline, so it lines up under the range.
  let indent: Int
  /// `^` under the first character of the range and `~` under the rest.
  let underline: String

  private static let tabWidth = 4
  /// Lines up to this many bytes are shown whole.
  static let wholeLineBytes = 160
  /// Of a longer line, this many characters before the range start are shown…
  static let contextBefore = 40
  /// …and the window holds this many characters in all (fewer at either end of the line).
  static let windowLength = 120
  private static let ellipsis = "…"

  /// The snippet for `range` in `source`, nil when its start line is not in the file.
  /// A range that continues past its first line is underlined to the end of that line; one that
  /// starts past the end of the line gets a single caret just after the last character. `cursor`
  /// carries the place found in a long line over to the next snippet of the same text.
  init?(source: SourceText, range: SourceRange, cursor: inout ColumnCursor) {
    let lineNumber = range.start.line
    guard lineNumber >= 1, lineNumber <= source.lineCount else { return nil }
    let bytes = source.bytes
    var lineStart = source.lineStarts[lineNumber - 1]
    let lineEnd = source.contentEnd(ofLine: lineNumber)
    if lineNumber == 1, bytes[lineStart..<lineEnd].starts(with: [0xEF, 0xBB, 0xBF]) { lineStart += 3 }
    var window = (start: lineStart, end: lineEnd, column: 1)
    if lineEnd - lineStart > Self.wholeLineBytes {
      window = Self.window(in: bytes, line: lineStart..<lineEnd, around: cursor.offset(of: range.start, in: source), range: range)
    }
    let text = String(decoding: bytes[window.start..<window.end], as: UTF8.self)
    let endColumn = range.end.line == lineNumber ? range.end.column : Int.max
    var printed = window.start > lineStart ? Self.ellipsis : ""
    var column = window.column
    var width = printed.isEmpty ? 0 : 1
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
    if window.end < lineEnd { printed += Self.ellipsis }
    line = printed
    indent = start
    underline = "^" + String(repeating: "~", count: max(0, end - start - 1))
  }

  /// The bytes of a long line to show for a range starting at byte `offset`: `contextBefore` scalars
  /// before it and up to `windowLength` in all, cut at scalar boundaries and never inside a character
  /// (a combining mark stays with its base); `column` is the column of the window's first scalar.
  private static func window(in bytes: [UInt8], line: Range<Int>, around offset: Int, range: SourceRange)
    -> (start: Int, end: Int, column: Int)
  {
    var start = min(max(offset, line.lowerBound), line.upperBound)
    var column = range.start.column
    if start == line.upperBound {
      // A range past the end of the line: the column of the line's end is counted, not assumed.
      column = 1 + bytes[line].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
    var taken = 0
    while start > line.lowerBound, taken < contextBefore {
      start = previousScalar(in: bytes, before: start, from: line.lowerBound)
      column -= 1
      taken += 1
    }
    while start > line.lowerBound, startsWithMark(bytes, at: start, end: line.upperBound) {
      start = previousScalar(in: bytes, before: start, from: line.lowerBound)
      column -= 1
      taken += 1
    }
    var end = min(max(offset, line.lowerBound), line.upperBound)
    while end < line.upperBound, taken < windowLength {
      end += 1
      while end < line.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
      taken += 1
    }
    while end < line.upperBound, startsWithMark(bytes, at: end, end: line.upperBound) {
      end += 1
      while end < line.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
    }
    return (start, end, column)
  }

  private static func previousScalar(in bytes: [UInt8], before offset: Int, from lower: Int) -> Int {
    var index = offset - 1
    while index > lower, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  /// True when the scalar at `offset` continues the character before it (a combining mark, a joiner,
  /// a variation selector), so a window must not start or end there.
  private static func startsWithMark(_ bytes: [UInt8], at offset: Int, end: Int) -> Bool {
    guard bytes[offset] >= 0xC0 else { return false }
    var stop = offset + 1
    while stop < end, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
    guard let scalar = String(decoding: bytes[offset..<stop], as: UTF8.self).unicodeScalars.first else { return false }
    if scalar == "\u{200D}" || (0xFE00...0xFE0F).contains(scalar.value) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return true
    default: return false
    }
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
    case 0x80...0x9F:
      // C1 controls have no pictures; the replacement character keeps them visible and one cell wide.
      return "\u{FFFD}"
    default: return String(character)
    }
  }

  /// The terminal cells the character takes: 0 for a lone combining or format character,
  /// 2 for East Asian wide characters and emoji, the tab width for a tab, 1 otherwise.
  private static func cells(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first == "\t" { return tabWidth }
    if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 1 }
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
