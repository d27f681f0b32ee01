/// The strings of up to 15 bytes that a reader has made, remembered by their bytes, so that the many
/// scalars a `prometheus.yml` repeats (`job_name`, `source_labels`, `keep`, ...) are each made once:
/// `String(decoding:as:)` validates the bytes and builds the string anew on every call.
///
/// A direct-mapped table: a string is found again while no other text with the same hash replaced it.
struct ShortStrings {
  /// One remembered string with its bytes packed into two words (byte 15 holds the length).
  private struct Slot {
    var words: (UInt64, UInt64)
    var text: String
  }

  /// The longest text kept: the bytes and the length fit in two words, and such a string is stored inline.
  private static let maximumLength = 15
  /// How many slots the table has (a power of two); room for the keys and
  /// repeated values of a large file beside the texts that occur once.
  private static let slotBits = 12

  /// Every slot starts as the empty text, whose packed words are both zero.
  private var slots = [Slot](repeating: Slot(words: (0, 0), text: ""), count: 1 << slotBits)

  /// The text of `bytes`, as `String(decoding: bytes, as: UTF8.self)` makes it.
  mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count <= Self.maximumLength, let base = bytes.baseAddress else {
      return String(decoding: bytes, as: UTF8.self)
    }
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { packed in
      packed.baseAddress!.copyMemory(from: base, byteCount: bytes.count)
      packed[Self.maximumLength] = UInt8(truncatingIfNeeded: bytes.count)
    }
    let hash = (words.0 &* 0x9E37_79B9_7F4A_7C15) ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F)
    let index = Int(truncatingIfNeeded: hash >> (64 - Self.slotBits))
    if slots[index].words == words { return slots[index].text }
    let text = String(decoding: bytes, as: UTF8.self)
    slots[index] = Slot(words: words, text: text)
    return text
  }
}
