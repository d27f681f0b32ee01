import SDCore
import SDYAML

/// Maps columns inside a `filter:` value to positions in the file: exactly for one-line plain,
/// single-quoted and double-quoted scalars (where `''` and escapes take more characters in the file
/// than in the value), and to the value's start for multi-line and block scalars.
struct GCEFilterLocator {
  private let node: YAMLNode
  /// Where the value is written, after any anchor or tag.
  private let valueRange: SourceRange
  /// The file's characters from the scalar's first character to the end of its line; empty when the
  /// scalar is not mapped exactly.
  private let raw: [Unicode.Scalar]

  /// A locator for the scalar `node` of `source`.
  init(node: YAMLNode, source: SourceText) {
    self.node = node
    self.valueRange = node.valueRange
    let oneLine = valueRange.start.line == valueRange.end.line
    let mapsExactly = [.plain, .singleQuoted, .doubleQuoted].contains(node.style)
    if oneLine, mapsExactly {
      raw = Array(source.line(valueRange.start.line).unicodeScalars.dropFirst(valueRange.start.column - 1))
    } else {
      raw = []
    }
  }

  /// The file range of `length` value characters from the 1-based value `column`.
  func range(column: Int, length: Int) -> SourceRange {
    guard !raw.isEmpty else { return SourceRange(at: valueRange.start) }
    let start = position(ofValueColumn: column)
    let end = position(ofValueColumn: column + max(0, length))
    return SourceRange(start: start, end: end)
  }

  /// An edit replacing `length` value characters from `column` with `text`, escaped for the scalar's
  /// style; nil when the scalar is not mapped exactly.
  func edit(column: Int, length: Int, replacement text: String) -> TextEdit? {
    guard !raw.isEmpty else { return nil }
    let escaped: String
    switch node.style {
    case .singleQuoted: escaped = text.replacing("'", with: "''")
    case .doubleQuoted:
      escaped = text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
    default: escaped = text
    }
    return TextEdit(range: range(column: column, length: length), replacement: escaped)
  }

  /// An edit replacing the whole value with `text` written as a single-quoted scalar; nil for block scalars.
  func wholeValueEdit(_ text: String) -> TextEdit? {
    guard node.style != .literal, node.style != .folded else { return nil }
    return TextEdit(range: valueRange, replacement: "'" + text.replacing("'", with: "''") + "'")
  }

  /// The file position of the value character at 1-based `column` (or just after the value).
  private func position(ofValueColumn column: Int) -> SourcePosition {
    var index = node.style == .plain ? 0 : 1
    var remaining = column - 1
    while remaining > 0, index < raw.count {
      index += width(at: index)
      remaining -= 1
    }
    return SourcePosition(line: valueRange.start.line, column: valueRange.start.column + index)
  }

  /// How many file characters the value character starting at `index` takes.
  private func width(at index: Int) -> Int {
    let character = raw[index]
    let next = index + 1 < raw.count ? raw[index + 1] : nil
    switch node.style {
    case .singleQuoted where character == "'" && next == "'":
      return 2
    case .doubleQuoted where character == "\\":
      switch next {
      case "x": return 4
      case "u": return 6
      case "U": return 10
      default: return 2
      }
    default:
      return 1
    }
  }
}
