import SDCore

/// Reads the plain subset of YAML that almost every prometheus.yml is written in, straight from the bytes
/// and several times faster than libyaml: ASCII text, block mappings and sequences, one-line plain and
/// quoted scalars, one-line flow sequences of scalars, comments, and a leading `---`.
///
/// Within that subset it feeds the builder exactly the events and marks libyaml would. At the first thing
/// outside it (anchors, tags, block scalars, multi-line scalars, flow mappings, tabs, non-ASCII text, any
/// syntax error) it throws `OutsideSubset`, and the caller reads the file again with libyaml, which also
/// gives the error messages.
struct BlockYAMLReader {
  /// The text uses YAML that this reader leaves to libyaml.
  struct OutsideSubset: Error {}

  /// One scalar on the current line, as offsets into the bytes.
  private struct ScalarToken {
    let style: YAMLNode.Style
    /// The first byte (the opening quote of a quoted scalar).
    let start: Int
    /// Just after the last byte (after the closing quote; trailing spaces excluded for plain scalars).
    let end: Int
    /// Just after the `:` when the scalar is a mapping key, nil otherwise.
    let colonEnd: Int?
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let maxDepth: Int
  private var offset = 0
  /// 0-based line of `offset`, and the byte where that line starts.
  private var line = 0
  private var lineStart = 0
  /// The short scalars made so far, made again only when their text is new.
  private var shortStrings = ShortStrings()

  init(bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) {
    self.bytes = bytes
    self.maxDepth = limits.maxDepth - 1
  }

  /// Reads the document into `builder`, or throws without a usable result when the text leaves the subset.
  mutating func read(into builder: inout YAMLDocumentBuilder) throws(OutsideSubset) {
    guard Self.isPrintableASCII(bytes) else { throw OutsideSubset() }
    // A block-style line holds a key and its value, or an item, rarely more.
    builder.reserveCapacity(nodes: builder.source.lineStarts.count * 3)
    try skipToContent(allowDocumentStart: true)
    if offset == lineStart, startsDocumentMarker(UInt8(ascii: "-")) {
      offset += 3
      try expectLineEnd()
      try skipToContent(allowDocumentStart: false)
    }
    guard offset < bytes.count else { return }
    guard bytes[offset] != UInt8(ascii: "[") else { throw OutsideSubset() }
    try readBlockNode(into: &builder)
    guard offset == bytes.count else { throw OutsideSubset() }
  }

  // MARK: Block structure

  /// Reads the node starting at the current content, which opens a block at its own column.
  private mutating func readBlockNode(into builder: inout YAMLDocumentBuilder) throws(OutsideSubset) {
    guard builder.depth < maxDepth else { throw OutsideSubset() }
    if atSequenceEntry() {
      try readBlockSequence(indentless: false, into: &builder)
      return
    }
    if bytes[offset] == UInt8(ascii: "[") {
      try readFlowSequence(into: &builder)
    } else {
      let token = try scanScalar()
      if token.colonEnd != nil {
        try readBlockMapping(firstKey: token, into: &builder)
        return
      }
      add(token, into: &builder)
    }
    try expectLineEnd()
    try skipToContent(allowDocumentStart: false)
  }

  /// Reads a block mapping whose first key has been scanned; stops at content left of its column.
  private mutating func readBlockMapping(
    firstKey: ScalarToken, into builder: inout YAMLDocumentBuilder
  ) throws(OutsideSubset) {
    let indent = firstKey.start - lineStart
    builder.openCollection(.mapping, style: .block, start: position(of: firstKey.start))
    var key = firstKey
    while true {
      guard let colonEnd = key.colonEnd, colonEnd - key.start <= 1024 else { throw OutsideSubset() }
      add(key, into: &builder)
      offset = colonEnd
      try readMappingValue(indent: indent, colonEnd: colonEnd, into: &builder)
      guard offset < bytes.count else {
        builder.closeCollection(end: endOfStream(closing: indent))
        return
      }
      let column = offset - lineStart
      if column < indent {
        builder.closeCollection(end: position(of: offset))
        return
      }
      guard column == indent, !atSequenceEntry(), bytes[offset] != UInt8(ascii: "[") else { throw OutsideSubset() }
      key = try scanScalar()
    }
  }

  /// Reads the value after a key's `:`: inline on the same line, a nested block below, an indentless
  /// sequence at the key's column, or nothing (an empty scalar right after the colon).
  private mutating func readMappingValue(
    indent: Int, colonEnd: Int, into builder: inout YAMLDocumentBuilder
  ) throws(OutsideSubset) {
    skipSpaces()
    if offset < bytes.count, bytes[offset] != Byte.newline, bytes[offset] != UInt8(ascii: "#") {
      if bytes[offset] == UInt8(ascii: "[") {
        try readFlowSequence(into: &builder)
      } else {
        let value = try scanScalar()
        guard value.colonEnd == nil else { throw OutsideSubset() }
        add(value, into: &builder)
      }
      try expectLineEnd()
      try skipToContent(allowDocumentStart: false)
      return
    }
    let afterColon = position(of: colonEnd)
    try skipToContent(allowDocumentStart: false)
    let column = offset - lineStart
    if offset < bytes.count, column > indent {
      try readBlockNode(into: &builder)
    } else if offset < bytes.count, column == indent, atSequenceEntry() {
      try readBlockSequence(indentless: true, into: &builder)
    } else {
      builder.addScalar("", style: .plain, range: SourceRange(start: afterColon, end: afterColon))
    }
  }

  /// Reads a block sequence starting at the `-` under the cursor. An indentless sequence (written at its
  /// key's column) ends before the next key at that column.
  private mutating func readBlockSequence(
    indentless: Bool, into builder: inout YAMLDocumentBuilder
  ) throws(OutsideSubset) {
    guard builder.depth < maxDepth else { throw OutsideSubset() }
    let indent = offset - lineStart
    builder.openCollection(.sequence, style: .block, start: position(of: offset))
    while true {
      offset += 1
      skipSpaces()
      guard offset < bytes.count, bytes[offset] != Byte.newline, bytes[offset] != UInt8(ascii: "#") else {
        throw OutsideSubset()
      }
      try readBlockNode(into: &builder)
      guard offset < bytes.count else {
        builder.closeCollection(end: endOfStream(closing: indent))
        return
      }
      let column = offset - lineStart
      if column == indent, atSequenceEntry() { continue }
      guard column < indent || (column == indent && indentless) else { throw OutsideSubset() }
      builder.closeCollection(end: position(of: offset))
      return
    }
  }

  /// Reads a one-line flow sequence of scalars, `[a, 'b', "c"]`, starting at the `[` under the cursor.
  private mutating func readFlowSequence(into builder: inout YAMLDocumentBuilder) throws(OutsideSubset) {
    guard builder.depth < maxDepth else { throw OutsideSubset() }
    builder.openCollection(.sequence, style: .flow, start: position(of: offset))
    offset += 1
    skipSpaces()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      builder.closeCollection(end: position(of: offset))
      return
    }
    while true {
      guard offset < bytes.count else { throw OutsideSubset() }
      let item =
        bytes[offset] == UInt8(ascii: "'") || bytes[offset] == UInt8(ascii: "\"")
        ? try scanQuoted() : try scanFlowPlain()
      add(item, into: &builder)
      skipSpaces()
      guard offset < bytes.count else { throw OutsideSubset() }
      if bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        builder.closeCollection(end: position(of: offset))
        return
      }
      guard bytes[offset] == UInt8(ascii: ",") else { throw OutsideSubset() }
      offset += 1
      skipSpaces()
      guard offset < bytes.count, bytes[offset] != UInt8(ascii: "]") else { throw OutsideSubset() }
    }
  }

  // MARK: Scalars

  /// Scans a plain or quoted scalar on the current line, noting whether a key's `:` follows it.
  private mutating func scanScalar() throws(OutsideSubset) -> ScalarToken {
    let first = bytes[offset]
    if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
      let quoted = try scanQuoted()
      var next = offset
      while next < bytes.count, bytes[next] == Byte.space { next += 1 }
      guard next < bytes.count, bytes[next] == UInt8(ascii: ":"), isBlankOrEnd(next + 1) else { return quoted }
      return ScalarToken(style: quoted.style, start: quoted.start, end: quoted.end, colonEnd: next + 1)
    }
    guard atPlainStart() else { throw OutsideSubset() }
    let start = offset
    var end = offset
    var index = offset
    var colonEnd: Int?
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Byte.newline { break }
      if byte == UInt8(ascii: ":"), isBlankOrEnd(index + 1) {
        colonEnd = index + 1
        break
      }
      if byte == UInt8(ascii: "#"), bytes[index - 1] == Byte.space { break }
      index += 1
      if byte != Byte.space { end = index }
    }
    offset = end
    return ScalarToken(style: .plain, start: start, end: end, colonEnd: colonEnd)
  }

  /// Scans a plain scalar inside a flow sequence, which ends at `,` or `]`.
  private mutating func scanFlowPlain() throws(OutsideSubset) -> ScalarToken {
    guard atPlainStart() else { throw OutsideSubset() }
    let start = offset
    var end = offset
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == Byte.newline { break }
      guard !Self.stopsFlowPlain(byte) else { throw OutsideSubset() }
      offset += 1
      if byte != Byte.space { end = offset }
    }
    offset = end
    return ScalarToken(style: .plain, start: start, end: end, colonEnd: nil)
  }

  /// Scans a quoted scalar that closes on the same line.
  private mutating func scanQuoted() throws(OutsideSubset) -> ScalarToken {
    let quote = bytes[offset]
    let start = offset
    offset += 1
    while offset < bytes.count, bytes[offset] != Byte.newline {
      let byte = bytes[offset]
      if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
        guard offset + 1 < bytes.count, Self.escapes[bytes[offset + 1]] != nil else { throw OutsideSubset() }
        offset += 2
        continue
      }
      offset += 1
      if byte == quote {
        guard quote == UInt8(ascii: "'"), offset < bytes.count, bytes[offset] == quote else {
          let style: YAMLNode.Style = quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
          return ScalarToken(style: style, start: start, end: offset, colonEnd: nil)
        }
        offset += 1
      }
    }
    throw OutsideSubset()
  }

  /// Emits `token` as a scalar event with its unescaped value.
  private mutating func add(_ token: ScalarToken, into builder: inout YAMLDocumentBuilder) {
    let range = SourceRange(start: position(of: token.start), end: position(of: token.end))
    builder.addScalar(value(of: token), style: token.style, range: range)
  }

  private mutating func value(of token: ScalarToken) -> String {
    switch token.style {
    case .singleQuoted, .doubleQuoted:
      let content = UnsafeBufferPointer(rebasing: bytes[(token.start + 1)..<(token.end - 1)])
      let quote = bytes[token.start]
      guard content.contains(quote == UInt8(ascii: "'") ? quote : UInt8(ascii: "\\")) else {
        return shortStrings.string(content)
      }
      var unescaped: [UInt8] = []
      unescaped.reserveCapacity(content.count)
      var index = 0
      while index < content.count {
        let byte = content[index]
        if quote == UInt8(ascii: "'"), byte == quote {
          index += 1
        } else if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\"),
          let escaped = Self.escapes[content[index + 1]]
        {
          unescaped.append(escaped)
          index += 2
          continue
        }
        unescaped.append(content[index])
        index += 1
      }
      return String(decoding: unescaped, as: UTF8.self)
    default:
      return shortStrings.string(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    }
  }

  // MARK: Whitespace, comments and lines

  /// Moves past spaces, comments and line breaks to the next content; a document marker there leaves the subset.
  private mutating func skipToContent(allowDocumentStart: Bool) throws(OutsideSubset) {
    while offset < bytes.count {
      switch bytes[offset] {
      case Byte.space:
        offset += 1
      case Byte.newline:
        offset += 1
        line += 1
        lineStart = offset
      case UInt8(ascii: "#"):
        while offset < bytes.count, bytes[offset] != Byte.newline { offset += 1 }
      default:
        if offset == lineStart {
          if startsDocumentMarker(UInt8(ascii: ".")) || bytes[offset] == UInt8(ascii: "%") { throw OutsideSubset() }
          if !allowDocumentStart, startsDocumentMarker(UInt8(ascii: "-")) { throw OutsideSubset() }
        }
        return
      }
    }
  }

  /// After a node: only spaces and a comment may follow on its line.
  private mutating func expectLineEnd() throws(OutsideSubset) {
    skipSpaces()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "#") {
      while offset < bytes.count, bytes[offset] != Byte.newline { offset += 1 }
    }
    guard offset == bytes.count || bytes[offset] == Byte.newline else { throw OutsideSubset() }
  }

  private mutating func skipSpaces() {
    while offset < bytes.count, bytes[offset] == Byte.space { offset += 1 }
  }

  /// True when a plain scalar may begin here: not at an indicator, except `-` before a non-blank.
  private func atPlainStart() -> Bool {
    let first = bytes[offset]
    return Self.startsPlain(first) || (first == UInt8(ascii: "-") && !isBlankOrEnd(offset + 1))
  }

  private func atSequenceEntry() -> Bool {
    bytes[offset] == UInt8(ascii: "-") && isBlankOrEnd(offset + 1)
  }

  private func startsDocumentMarker(_ character: UInt8) -> Bool {
    offset + 2 < bytes.count && bytes[offset] == character && bytes[offset + 1] == character
      && bytes[offset + 2] == character && isBlankOrEnd(offset + 3)
  }

  private func isBlankOrEnd(_ index: Int) -> Bool {
    index >= bytes.count || bytes[index] == Byte.space || bytes[index] == Byte.newline
  }

  // MARK: Marks

  /// The 1-based position of byte `index` on the current line.
  private func position(of index: Int) -> SourcePosition {
    SourcePosition(line: line + 1, column: index - lineStart + 1)
  }

  /// Where libyaml closes a block at `indent` still open at the end of the text: at the end itself when the
  /// block lies right of the last line's column, else at the start of the line after the last line break
  /// (libyaml's forced line end).
  private func endOfStream(closing indent: Int) -> SourcePosition {
    let column = offset - lineStart
    return indent > column || column == 0 ? position(of: offset) : SourcePosition(line: line + 2, column: 1)
  }

  // MARK: Character classes

  private enum Byte {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
  }

  /// True when every byte is a line feed or printable ASCII; tabs, carriage returns, other controls and
  /// non-ASCII text are left to libyaml. Eight bytes at a time: per byte, without carries between bytes,
  /// flag a set high bit, a value below 0x20 other than a line feed, and 0x7F.
  private static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
      let difference = word ^ (ones &* UInt64(byte))
      return ~(((difference | high) &- ones) | difference) & high
    }
    func outside(_ word: UInt64) -> UInt64 {
      let belowSpace = ~((word | high) &- ones &* 0x20) & high
      return (word & high) | (belowSpace & ~equalBytes(word, Byte.newline)) | equalBytes(word, 0x7F)
    }
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var flags: UInt64 = 0
    var offset = 0
    while offset + 8 <= bytes.count {
      flags |= outside(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    var tail = UInt64(0x2020_2020_2020_2020)
    for index in offset..<bytes.count {
      tail = tail & ~(0xFF << (8 * UInt64(index - offset))) | UInt64(bytes[index]) << (8 * UInt64(index - offset))
    }
    return flags | outside(tail) == 0
  }

  /// Bytes that may begin a plain scalar: anything but YAML's indicators, the quotes and a space.
  private static func startsPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
      UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
      UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
      UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), Byte.space:
      false
    default:
      true
    }
  }

  /// Bytes that end or complicate a plain scalar inside a flow sequence.
  private static func stopsFlowPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: ":"): true
    default: false
    }
  }

  /// The double-quoted escapes this reader unescapes itself; any other leaves the subset.
  private static let escapes: [UInt8: UInt8] = [
    UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "\""): UInt8(ascii: "\""),
    UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "n"): UInt8(ascii: "\n"), UInt8(ascii: "t"): 0x09,
  ]
}
