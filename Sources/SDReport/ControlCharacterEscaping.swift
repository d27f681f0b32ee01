/// Writes control characters (C0, DEL, C1) as visible escapes, as Go's `%q` does (`\n`, `\t`, `\x1b`,
/// `\u0085`), so that text from a user's file can neither break the one-finding-per-line formats nor
/// send escape sequences to a terminal or workflow commands to a CI log.
enum ControlCharacterEscaping {
  /// `text` with every control character escaped; the same string when it has none. With
  /// `keepingLineBreaks`, CR and LF are left for a format that encodes them itself (GitHub's `%0A`).
  static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard needsEscaping(text) else { return text }
    var bytes: [UInt8] = []
    append(text, keepingLineBreaks: keepingLineBreaks, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `text` to `output` with every control character escaped.
  static func append(_ text: String, keepingLineBreaks: Bool = false, to output: inout [UInt8]) {
    guard needsEscaping(text) else { return output.append(contentsOf: text.utf8) }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x0A where keepingLineBreaks, 0x0D where keepingLineBreaks: output.append(UInt8(value))
      case 0x09: output.append(contentsOf: #"\t"#.utf8)
      case 0x0A: output.append(contentsOf: #"\n"#.utf8)
      case 0x0D: output.append(contentsOf: #"\r"#.utf8)
      case 0x00...0x1F, 0x7F: output.append(contentsOf: #"\x"#.utf8 + hex(value, digits: 2))
      case 0x80...0x9F: output.append(contentsOf: #"\u"#.utf8 + hex(value, digits: 4))
      default: output.append(contentsOf: String(scalar).utf8)
      }
    }
  }

  /// True when `text` holds a C0 control, DEL, or a C1 control (UTF-8 `C2 80`…`C2 9F`); a byte scan.
  static func needsEscaping(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      // Eight bytes at a time while they are all printable ASCII (0x20...0x7E), the common case.
      var start = 0
      while start + 8 <= bytes.count {
        let word = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: start, as: UInt64.self)
        guard isPrintableASCII(word) else { break }
        start += 8
      }
      var afterC2 = false
      for byte in bytes[start...] {
        if byte < 0x20 || byte == 0x7F || (afterC2 && byte < 0xA0) { return true }
        afterC2 = byte == 0xC2
      }
      return false
    }
  }

  /// True when each byte of `word` is in 0x20...0x7E: none below 0x20, none with the high bit, none 0x7F.
  private static func isPrintableASCII(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let below20 = (word &- ones &* 0x20) & ~word & highBits
    let del = word ^ (ones &* 0x7F)
    let isDEL = (del &- ones) & ~del & highBits
    return (below20 | isDEL | (word & highBits)) == 0
  }

  private static func hex(_ value: UInt32, digits: Int) -> [UInt8] {
    let text = String(value, radix: 16)
    return Array((String(repeating: "0", count: digits - text.count) + text).utf8)
  }
}
