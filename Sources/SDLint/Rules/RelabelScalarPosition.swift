import SDCore
import SDYAML

/// Where a stretch of a scalar's value is written in the source, so a finding can point inside the value.
enum RelabelScalarPosition {
  /// The source range of `length` Unicode scalars starting at `offset` (0-based, in scalars) of the value
  /// of `node`; nil when the position cannot be known exactly (multi-line, block or escaped scalars).
  static func range(inside node: YAMLNode, offset: Int, length: Int, source: SourceText) -> SourceRange? {
    let start = node.valueRange.start
    guard node.kind == .scalar, start.line == node.range.end.line else { return nil }
    switch node.style {
    case .plain:
      return SourceRange(line: start.line, column: start.column + offset, length: length)
    case .singleQuoted, .doubleQuoted:
      let raw = Array(source.line(start.line).unicodeScalars.dropFirst(start.column))
      guard let first = rawColumn(ofValueOffset: offset, raw: raw, style: node.style),
        let last = rawColumn(ofValueOffset: offset + length, raw: raw, style: node.style)
      else { return nil }
      let column = start.column + 1 + first
      return SourceRange(line: start.line, column: column, length: last - first)
    default:
      return nil
    }
  }

  /// The offset in the raw quoted text (after the opening quote) of value offset `target`; nil when a
  /// double-quoted scalar has escapes before it.
  private static func rawColumn(ofValueOffset target: Int, raw: [Unicode.Scalar], style: YAMLNode.Style) -> Int? {
    var rawIndex = 0
    var valueIndex = 0
    while valueIndex < target {
      guard rawIndex < raw.count else { return nil }
      let scalar = raw[rawIndex]
      if style == .doubleQuoted && scalar == "\\" { return nil }
      let isEscapedQuote =
        style == .singleQuoted && scalar == "'" && rawIndex + 1 < raw.count
        && raw[rawIndex + 1] == "'"
      rawIndex += isEscapedQuote ? 2 : 1
      valueIndex += 1
    }
    return rawIndex
  }
}
