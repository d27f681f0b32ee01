/// UTF-8 decoding steps as Go's `utf8.DecodeRune` takes them, so invalid bytes are counted the way
/// Prometheus counts them and read the way Go's regexp reads them: a byte that does not start a valid,
/// shortest-form, non-surrogate sequence is one U+FFFD, one byte wide.
package enum GoUTF8 {
  /// The code point an invalid byte reads as (Go's `utf8.RuneError`).
  package static let replacement: UInt32 = 0xFFFD

  /// The length of the valid UTF-8 sequence at `index`, or 1 for an invalid byte (Go's `RuneError, 1`).
  package static func sequenceLength(in bytes: [UInt8], at index: Int) -> Int {
    bytes.withUnsafeBufferPointer { decode($0, at: index).width }
  }

  /// The code point starting at `position` (inside `bytes`) and its width in bytes.
  @inlinable
  package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (value: UInt32, width: Int) {
    let lead = bytes[position]
    if lead < 0x80 { return (UInt32(lead), 1) }
    return decodeMultibyte(bytes, at: position, lead: lead)
  }

  @usableFromInline
  package static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, lead: UInt8)
    -> (value: UInt32, width: Int)
  {
    let width: Int
    // The range the second byte must fall in rules out overlong forms, surrogates and > U+10FFFF.
    let second: ClosedRange<UInt8>
    switch lead {
    case 0xC2...0xDF: (width, second) = (2, 0x80...0xBF)
    case 0xE0: (width, second) = (3, 0xA0...0xBF)
    case 0xED: (width, second) = (3, 0x80...0x9F)
    case 0xE1...0xEF: (width, second) = (3, 0x80...0xBF)
    case 0xF0: (width, second) = (4, 0x90...0xBF)
    case 0xF4: (width, second) = (4, 0x80...0x8F)
    case 0xF1...0xF3: (width, second) = (4, 0x80...0xBF)
    default: return (replacement, 1)
    }
    guard position + width <= bytes.count, second.contains(bytes[position + 1]) else { return (replacement, 1) }
    var value = UInt32(lead) & (0xFF >> UInt32(width + 1))
    for offset in 1..<width {
      let byte = bytes[position + offset]
      guard byte & 0xC0 == 0x80 else { return (replacement, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, width)
  }
}
