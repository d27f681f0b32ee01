import SDCore

/// Finds the byte offsets of positions in one source text, resuming from the last position found when
/// the next one is further along the same line, so that the many findings of one long line cost one
/// pass over it rather than one pass each.
struct ColumnCursor {
  private var line = 0
  private var column = 1
  private var offset = 0

  /// The byte offset of `position` in `source`, clamped to its line; columns count Unicode scalars.
  mutating func offset(of position: SourcePosition, in source: SourceText) -> Int {
    if position.line != line || position.column < column {
      offset = source.offset(of: SourcePosition(line: position.line, column: 1))
      line = position.line
      column = 1
    }
    let bytes = source.bytes
    while column < position.column, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
      offset += 1
      // Skip UTF-8 continuation bytes so a column is one scalar.
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      column += 1
    }
    return offset
  }
}
