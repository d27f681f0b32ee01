#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// The text of a source file with a line index, for showing a line under a diagnostic
/// and for turning positions into byte offsets when applying edits.
public struct SourceText: Sendable {
  /// Where the text came from, as the user named it (`-` for standard input).
  public let path: String
  /// The raw bytes as read.
  public let bytes: [UInt8]
  /// Byte offset of the start of each line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Indexes `bytes` read from `path`.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    self.lineStarts = bytes.withUnsafeBufferPointer { buffer in
      var starts = [0]
      starts.reserveCapacity(buffer.count / 24 + 1)
      guard let base = buffer.baseAddress else { return starts }
      var offset = 0
      // memchr finds each line break far faster than a loop over the bytes.
      while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
        offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
        starts.append(offset)
      }
      return starts
    }
  }

  /// Creates a source from a string.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The number of lines (a trailing newline does not start a new line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// The text of 1-based `line` without its line break, with invalid UTF-8 repaired.
  public func line(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
      end -= 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The byte offset of a position, clamped to the file; columns count Unicode scalars.
  public func offset(of position: SourcePosition) -> Int {
    guard position.line >= 1 else { return 0 }
    guard position.line <= lineStarts.count else { return bytes.count }
    var offset = lineStarts[position.line - 1]
    if position.line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    var column = 1
    while column < position.column, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
      offset += 1
      // Skip UTF-8 continuation bytes so a column is one scalar.
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      column += 1
    }
    return offset
  }
}
