/// UTF-8 decoding steps as Go takes them, so invalid bytes are counted the way Prometheus counts them.
enum GoUTF8 {
  /// The length of the valid UTF-8 sequence at `index`, or 1 for an invalid byte (Go's `RuneError, 1`).
  static func sequenceLength(in bytes: [UInt8], at index: Int) -> Int {
    let first = bytes[index]
    let (length, secondRange): (Int, ClosedRange<UInt8>)
    switch first {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)
    case 0xE1...0xEF: (length, secondRange) = (3, 0x80...0xBF)
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
    case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
    default: return 1
    }
    guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return 1 }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 1 }
    return length
  }
}
