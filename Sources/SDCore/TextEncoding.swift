/// The encoding a source file is written in, as its byte-order mark says (libyaml reads UTF-8 and
/// UTF-16 and tells them apart the same way). sdgen works on UTF-8 text and writes a file back in
/// the encoding it was read in.
package enum TextEncoding: Hashable, Sendable, CustomStringConvertible {
  /// UTF-8, with or without a byte-order mark.
  case utf8
  /// UTF-16 with a byte-order mark, little-endian (`FF FE`) or big-endian (`FE FF`).
  case utf16(bigEndian: Bool)
  /// Bytes sdgen cannot turn into text and back without changing them (UTF-32, or UTF-16 with a
  /// broken surrogate pair); they are read as they are and never rewritten.
  case unsupported(String)

  package var description: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16(let bigEndian): bigEndian ? "UTF-16BE" : "UTF-16LE"
    case .unsupported(let name): name
    }
  }

  /// The UTF-8 text of `bytes` and their encoding. A UTF-16 file becomes UTF-8 with a UTF-8 byte-order
  /// mark in place of its own, so lines and columns stay those libyaml reports; other bytes are kept.
  static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], encoding: TextEncoding) {
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (bytes, .unsupported("UTF-32BE")) }
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (bytes, .unsupported("UTF-32LE")) }
    let bigEndian: Bool
    if bytes.starts(with: [0xFE, 0xFF]) {
      bigEndian = true
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      bigEndian = false
    } else {
      return (bytes, .utf8)
    }
    guard bytes.count % 2 == 0 else { return (bytes, .unsupported("UTF-16 with an odd number of bytes")) }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    for index in stride(from: 0, to: bytes.count, by: 2) {
      let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
    }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(units.count)
    var iterator = units.makeIterator()
    var decoder = UTF16()
    decodeLoop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): utf8.append(contentsOf: String(scalar).utf8)
      case .emptyInput: break decodeLoop
      case .error: return (bytes, .unsupported("UTF-16 with a broken surrogate pair"))
      }
    }
    return (utf8, .utf16(bigEndian: bigEndian))
  }

  /// `utf8` (text from `decode`, byte-order mark included) in this encoding; nil for an unsupported one.
  package func encode(_ utf8: [UInt8]) -> [UInt8]? {
    switch self {
    case .utf8: return utf8
    case .unsupported: return nil
    case .utf16(let bigEndian):
      var bytes: [UInt8] = []
      bytes.reserveCapacity(utf8.count * 2)
      for unit in String(decoding: utf8, as: UTF8.self).utf16 {
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        bytes += bigEndian ? [high, low] : [low, high]
      }
      return bytes
    }
  }
}
