#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

import SDCore

/// The templating placeholders written in a file (`${VAR}`, `$VAR`, `{{ .X }}`, `{NAME}`, `%{ if }`, …),
/// outside comments, found in one pass over its bytes. Relabel references such as `$1` and `${1}` and
/// Terraform's escaped `$${1}` are not placeholders.
package struct Placeholders: Sendable {
  /// One placeholder: where it is (byte offsets into the file) and which syntax it uses.
  package struct Placeholder: Sendable, Equatable {
    package let bytes: Range<Int>
    package let syntax: PlaceholderSyntax
  }

  /// Every placeholder, in file order, none inside another.
  package let all: [Placeholder]
  /// The 1-based lines that hold nothing but one template directive, include or line placeholder
  /// (`%{ if x ~}`, `{{ include "…" }}`, `${ZONES_YAML}`): they stand for YAML that is not there yet.
  package let directiveLines: [Int]

  /// No placeholders.
  package static let none = Placeholders(all: [], directiveLines: [])

  private init(all: [Placeholder], directiveLines: [Int]) {
    self.all = all
    self.directiveLines = directiveLines
  }

  /// Finds the placeholders of `source`.
  package init(_ source: SourceText) {
    var found: [Placeholder] = []
    source.bytes.withUnsafeBufferPointer { bytes in
      for trigger in [UInt8(ascii: "$"), UInt8(ascii: "{")] {
        var comments = CommentScanner()
        Self.forEach(trigger, in: bytes) { offset in
          guard let placeholder = Self.placeholder(at: offset, in: bytes),
            !comments.isInComment(offset, in: bytes, lineStart: source.lineStart(containing: offset))
          else { return }
          found.append(placeholder)
        }
      }
    }
    found.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
    var all: [Placeholder] = []
    for placeholder in found where all.last.map({ $0.bytes.upperBound <= placeholder.bytes.lowerBound }) ?? true {
      all.append(placeholder)
    }
    // `$name` and `${name}` in a relabel replacement or target_label are Go references to named groups;
    // they count as placeholders only in a file that has others.
    let isTemplated = all.contains { !$0.syntax.isDollar || !Self.isOnReferenceLine($0, in: source) }
    self.all = isTemplated ? all : []
    directiveLines = self.all.compactMap { Self.wholeLine($0, in: source) }
  }

  /// True when `placeholder` is on a `replacement:` or `target_label:` line.
  private static func isOnReferenceLine(_ placeholder: Placeholder, in source: SourceText) -> Bool {
    var offset = source.lineStart(containing: placeholder.bytes.lowerBound)
    let bytes = source.bytes
    while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "-") {
      offset += 1
    }
    let rest = bytes[offset..<min(bytes.count, offset + 13)]
    return rest.starts(with: "replacement:".utf8) || rest.starts(with: "target_label:".utf8)
  }

  /// The syntaxes seen, in the order of `PlaceholderSyntax`.
  package var syntaxes: [PlaceholderSyntax] {
    let seen = Set(all.map(\.syntax.rawValue))
    return PlaceholderSyntax.allCases.filter { seen.contains($0.rawValue) }
  }

  /// True when a placeholder overlaps the bytes `range`.
  package func overlaps(_ range: Range<Int>) -> Bool {
    var low = 0
    var high = all.count
    // The first placeholder that ends after the range starts.
    while low < high {
      let middle = (low + high) / 2
      if all[middle].bytes.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    guard low < all.count else { return false }
    let candidate = all[low].bytes
    return candidate.lowerBound < range.upperBound || (range.isEmpty && candidate.contains(range.lowerBound))
  }

  /// `source` with every directive line replaced by spaces, so the YAML around it parses at the same
  /// lines and columns.
  package func blankingDirectiveLines(of source: SourceText) -> SourceText {
    guard !directiveLines.isEmpty else { return source }
    var bytes = source.bytes
    for line in directiveLines {
      let start = source.lineStarts[line - 1]
      var end = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
      while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      for offset in start..<end { bytes[offset] = UInt8(ascii: " ") }
    }
    return SourceText(path: source.path, bytes: bytes)
  }

  // MARK: - Scanning

  private static func forEach(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
      let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      body(position)
      offset = position + 1
    }
  }

  /// The placeholder that starts with the `$` or `{` at `offset`, if one does.
  private static func placeholder(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Placeholder? {
    let previous = offset > 0 ? bytes[offset - 1] : 0
    let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
    if bytes[offset] == UInt8(ascii: "$") {
      guard previous != UInt8(ascii: "$"), previous != UInt8(ascii: "\\") else { return nil }
      if next == UInt8(ascii: "{") {
        guard let end = closing(UInt8(ascii: "}"), after: offset + 2, in: bytes), end > offset + 2,
          !(offset + 2..<end).allSatisfy({ isDigit(bytes[$0]) })
        else { return nil }
        return Placeholder(bytes: offset..<end + 1, syntax: .dollarBrace)
      }
      guard isNameStart(next) else { return nil }
      var end = offset + 2
      while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
      guard !isPrometheusTemplate(bytes[offset..<end]) else { return nil }
      return Placeholder(bytes: offset..<end, syntax: .dollarName)
    }
    // A `{`.
    guard previous != UInt8(ascii: "$"), previous != UInt8(ascii: "{") else { return nil }
    if previous == UInt8(ascii: "%") {
      guard let end = closing(UInt8(ascii: "}"), after: offset + 1, in: bytes) else { return nil }
      return Placeholder(bytes: offset - 1..<end + 1, syntax: .terraformDirective)
    }
    if next == UInt8(ascii: "{") {
      guard let end = closingPair(UInt8(ascii: "}"), after: offset + 2, in: bytes),
        !isPrometheusTemplate(bytes[offset + 2..<end - 2])
      else { return nil }
      return Placeholder(bytes: offset..<end, syntax: .doubleBrace)
    }
    if next == UInt8(ascii: "%") {
      guard let end = closingPair(UInt8(ascii: "%"), UInt8(ascii: "}"), after: offset + 2, in: bytes) else {
        return nil
      }
      return Placeholder(bytes: offset..<end, syntax: .jinjaStatement)
    }
    // `{NAME}`: an upper-case name, so that regex quantifiers (`{2,3}`) and flow mappings stay what they are.
    var end = offset + 1
    guard end < bytes.count, isUpper(bytes[end]) else { return nil }
    while end < bytes.count, isUpper(bytes[end]) || isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "_") {
      end += 1
    }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "}") else { return nil }
    return Placeholder(bytes: offset..<end + 1, syntax: .singleBrace)
  }

  /// True for the inside of a Prometheus alerting template (`{{ $labels.instance }}`, `{{ $value }}`), which
  /// Prometheus itself expands and is no placeholder of a templating tool.
  private static func isPrometheusTemplate(_ inside: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let text = String(decoding: inside, as: UTF8.self).drop { $0 == " " || $0 == "-" }
    return ["$labels", "$value", "$externalLabels", "$externalURL", ".Labels", ".Value"].contains { name in
      text.hasPrefix(name) && !(text.dropFirst(name.count).first.map { $0.isLetter || $0.isNumber } ?? false)
    }
  }

  /// The offset of `byte` at or after `start` on the same line, within a placeholder's reasonable length.
  private static func closing(_ byte: UInt8, after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var offset = start
    while offset < bytes.count, offset - start < 200 {
      if bytes[offset] == byte { return offset }
      if bytes[offset] == UInt8(ascii: "\n") { return nil }
      offset += 1
    }
    return nil
  }

  /// The offset just after the first `first` `second` pair (default `}}`) at or after `start` on the same line.
  private static func closingPair(
    _ first: UInt8, _ second: UInt8 = UInt8(ascii: "}"), after start: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var offset = start
    while let found = closing(first, after: offset, in: bytes), found - start < 300 {
      if found + 1 < bytes.count, bytes[found + 1] == second { return found + 2 }
      offset = found + 1
    }
    return nil
  }

  fileprivate static func isQuoteOpener(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "[")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
  }

  /// The line of `placeholder` when it is all the line holds and stands for lines of YAML.
  private static func wholeLine(_ placeholder: Placeholder, in source: SourceText) -> Int? {
    guard placeholder.syntax != .dollarName, placeholder.syntax != .singleBrace else { return nil }
    let line = source.line(containing: placeholder.bytes.lowerBound)
    let start = source.lineStarts[line - 1]
    let end = line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
    let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
    guard source.bytes[start..<placeholder.bytes.lowerBound].allSatisfy(isBlank),
      source.bytes[placeholder.bytes.upperBound..<end].allSatisfy(isBlank)
    else { return nil }
    return line
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
  private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
  private static func isNameStart(_ byte: UInt8) -> Bool {
    isUpper(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
  }
  private static func isNameByte(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }
}

/// Tells whether offsets, asked in increasing order, lie in a comment: after a `#` that starts the line's
/// content or follows a blank, outside quotes. It carries its state along a line, so a long line with many
/// placeholders is read once.
private struct CommentScanner {
  private var lineStart = -1
  private var position = 0
  private var quote: UInt8 = 0
  private var previous = UInt8(ascii: " ")
  private var inComment = false

  mutating func isInComment(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
    if lineStart != self.lineStart {
      self = CommentScanner()
      self.lineStart = lineStart
      position = lineStart
    }
    while !inComment, position < offset {
      let byte = bytes[position]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
        inComment = true
      } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\""), Placeholders.isQuoteOpener(previous) {
        quote = byte
      }
      previous = byte
      position += 1
    }
    return inComment
  }
}
