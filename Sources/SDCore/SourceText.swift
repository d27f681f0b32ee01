#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// The text of a source file and its line model: the one place that knows where line N, column C is,
/// for reading, reporting and editing. Line breaks are those libyaml counts: LF, CR, CRLF (one break),
/// NEL (U+0085), LS (U+2028) and PS (U+2029). Columns count Unicode scalars.
public struct SourceText: Sendable {
  /// Where the text came from, as the user named it (`-` for standard input).
  public let path: String
  /// The text as UTF-8; a UTF-16 file is transcoded (see `encoding`), other bytes are kept as read.
  package let bytes: [UInt8]
  /// The encoding of the file, which a write of new text must use.
  package let encoding: TextEncoding
  /// Byte offset of the start of each line; `lineStarts[0] == 0`.
  package let lineStarts: [Int]

  /// Indexes `bytes` read from `path`, transcoding UTF-16 to UTF-8.
  public init(path: String, bytes: [UInt8]) {
    let decoded = TextEncoding.decode(bytes)
    self.path = path
    self.bytes = decoded.utf8
    self.encoding = decoded.encoding
    self.lineStarts = Self.lineStarts(of: decoded.utf8)
  }

  /// Creates a source from a string.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The number of lines (a trailing line break does not start a new line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// The text of 1-based `line` without its line break, with invalid UTF-8 repaired.
  public func line(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    return String(decoding: bytes[lineStarts[line - 1]..<contentEnd(ofLine: line)], as: UTF8.self)
  }

  /// The byte offset just after the last character of 1-based `line`, before its line break.
  package func contentEnd(ofLine line: Int) -> Int {
    guard line >= 1, line <= lineStarts.count else { return bytes.count }
    let start = lineStarts[line - 1]
    guard line < lineStarts.count else { return bytes.count }
    let next = lineStarts[line]
    return next - Self.breakLength(endingAt: next, after: start, in: bytes)
  }

  /// The byte offset of a position, clamped to its line's text and to the file; columns count Unicode
  /// scalars; a byte-order mark is not a column.
  package func offset(of position: SourcePosition) -> Int {
    guard position.line >= 1 else { return 0 }
    guard position.line <= lineStarts.count else { return bytes.count }
    var offset = lineStarts[position.line - 1]
    if position.line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    let end = contentEnd(ofLine: position.line)
    var column = 1
    while column < position.column, offset < end {
      offset += 1
      // Skip UTF-8 continuation bytes so a column is one scalar.
      while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      column += 1
    }
    return offset
  }

  /// The position of the character at byte `offset` (clamped to the file); a byte-order mark is not a column.
  package func position(ofByte offset: Int) -> SourcePosition {
    let clamped = min(max(0, offset), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    var index = lineStarts[low]
    if low == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = min(3, clamped) }
    var column = 1
    while index < clamped {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourcePosition(line: low + 1, column: column)
  }

  /// The position just after the file's last byte: past its final line break, the start of the
  /// (empty) line after it; without one, just after the last character.
  package var endPosition: SourcePosition {
    position(ofByte: bytes.count)
  }

  /// `range` moved inside the file: nothing starts or ends past `endPosition` or past the end of its
  /// line (one past the last character of a line is its end).
  package func clamped(_ range: SourceRange) -> SourceRange {
    SourceRange(start: clamped(range.start), end: clamped(range.end))
  }

  private func clamped(_ position: SourcePosition) -> SourcePosition {
    let last = endPosition
    guard position < last else { return last }
    guard position.line >= 1 else { return SourcePosition(line: 1, column: 1) }
    let lineEnd = self.position(ofByte: contentEnd(ofLine: position.line))
    return SourcePosition(line: position.line, column: max(1, min(position.column, lineEnd.column)))
  }

  // MARK: Line breaks

  /// The start of every line. LF-only text, nearly every file, is indexed with `memchr`; text with
  /// any other break is scanned byte by byte.
  private static func lineStarts(of bytes: [UInt8]) -> [Int] {
    bytes.withUnsafeBufferPointer { buffer in
      var starts = [0]
      starts.reserveCapacity(buffer.count / 24 + 1)
      guard let base = buffer.baseAddress else { return starts }
      if hasOtherBreaks(buffer) { return scanAllBreaks(buffer) }
      var offset = 0
      while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
        offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
        starts.append(offset)
      }
      return starts
    }
  }

  /// Whether the text holds a CR, NEL, LS or PS (the lead bytes are found with `memchr`).
  private static func hasOtherBreaks(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = buffer.baseAddress else { return false }
    if memchr(base, 0x0D, buffer.count) != nil { return true }
    for lead in [UInt8(0xC2), 0xE2] {
      var offset = 0
      while offset < buffer.count, let found = memchr(base + offset, Int32(lead), buffer.count - offset) {
        offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        if breakLength(startingAt: offset, in: buffer) > 0 { return true }
        offset += 1
      }
    }
    return false
  }

  private static func scanAllBreaks(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    var offset = 0
    while offset < buffer.count {
      let length = breakLength(startingAt: offset, in: buffer)
      offset += max(length, 1)
      if length > 0 { starts.append(offset) }
    }
    return starts
  }

  /// The length in bytes of the line break starting at `offset`, 0 when there is none.
  private static func breakLength(startingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    switch bytes[offset] {
    case 0x0A: return 1
    case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
    case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
    case 0xE2:
      guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
      return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
    default: return 0
    }
  }

  /// The length of the line break that ends just before `next`, in a line starting at `start`.
  private static func breakLength(endingAt next: Int, after start: Int, in bytes: [UInt8]) -> Int {
    let available = next - start
    guard available > 0 else { return 0 }
    switch bytes[next - 1] {
    case 0x0A: return available >= 2 && bytes[next - 2] == 0x0D ? 2 : 1
    case 0x0D: return 1
    case 0x85: return available >= 2 && bytes[next - 2] == 0xC2 ? 2 : 0
    case 0xA8, 0xA9: return available >= 3 && bytes[next - 3] == 0xE2 && bytes[next - 2] == 0x80 ? 3 : 0
    default: return 0
    }
  }
}

extension SourceText {
  /// The 1-based line holding the byte at `offset`.
  package func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count
    // The number of lines starting at or before `offset`.
    while low < high {
      let middle = (low + high) / 2
      if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return max(low, 1)
  }

  /// The byte offset where the line holding the byte at `offset` starts.
  package func lineStart(containing offset: Int) -> Int {
    lineStarts[line(containing: offset) - 1]
  }
}

extension SourceText {
  /// The bytes of the file's first line break (LF, CRLF, CR, NEL, LS or PS), LF when it has none: the
  /// break new lines written into this file use.
  package var lineBreak: ArraySlice<UInt8> {
    guard lineStarts.count > 1 else { return [UInt8(ascii: "\n")] }
    return bytes[contentEnd(ofLine: 1)..<lineStarts[1]]
  }

  /// True when the file is empty or its last line ends with a line break.
  package var endsWithLineBreak: Bool { lineStarts.last == bytes.count }

  /// The UTF-8 bytes of `text` (new text for this file) with its LF and CRLF line breaks written as
  /// the file's `lineBreak`.
  package func withLineBreaks(_ text: String) -> [UInt8] {
    let lineBreak = lineBreak
    guard lineBreak != [UInt8(ascii: "\n")] else { return Array(text.utf8) }
    var result: [UInt8] = []
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        if result.last == UInt8(ascii: "\r") { result.removeLast() }
        result += lineBreak
      } else {
        result.append(byte)
      }
    }
    return result
  }

  /// The offset of the last character before `offset` that is neither a space, a tab nor a line
  /// break, plus one; 0 when there is none.
  package func skippingBlanksBackward(from offset: Int) -> Int {
    var offset = offset
    while offset > 0 {
      if bytes[offset - 1] == UInt8(ascii: " ") || bytes[offset - 1] == UInt8(ascii: "\t") {
        offset -= 1
        continue
      }
      let line = line(containing: offset)
      guard line > 1, lineStarts[line - 1] == offset else { break }
      offset = contentEnd(ofLine: line - 1)
    }
    return offset
  }

  /// The 1-based column (in Unicode scalars) of the byte at `offset`.
  package func column(of offset: Int) -> Int {
    var column = 1
    var index = lineStart(containing: offset)
    if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }
}
