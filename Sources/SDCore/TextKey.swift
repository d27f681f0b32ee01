/// A text as a dictionary key, hashed by FNV-1a over its UTF-8 bytes: for the short texts (labels, patterns,
/// zones) that rules remember per distinct value, cheaper than hashing the `String` itself.
package struct TextKey: Hashable, Sendable {
  /// The FNV-1a offset basis, the fingerprint of the empty text.
  @usableFromInline package static let emptyFingerprint: UInt64 = 0xCBF2_9CE4_8422_2325

  /// The text.
  @usableFromInline package let text: String
  /// `fingerprint(of: text)`.
  @usableFromInline package let fingerprint: UInt64

  /// The key of `text`.
  @inlinable package init(_ text: String) {
    self.text = text
    fingerprint = Self.fingerprint(of: text)
  }

  @inlinable package static func == (lhs: TextKey, rhs: TextKey) -> Bool {
    lhs.fingerprint == rhs.fingerprint && lhs.text == rhs.text
  }

  @inlinable package func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

  /// FNV-1a of `text`'s UTF-8 bytes and a terminator, continuing from `seed` so that several texts can be
  /// fingerprinted together (the terminator keeps `ab`,`c` apart from `a`,`bc`).
  @inlinable package static func fingerprint(of text: String, seed: UInt64 = emptyFingerprint) -> UInt64 {
    let prime: UInt64 = 0x0000_0100_0000_01B3
    let hash =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
      }
      ?? text.utf8.reduce(seed) { ($0 ^ UInt64($1)) &* prime }
    return (hash ^ 0xFF) &* prime
  }
}
