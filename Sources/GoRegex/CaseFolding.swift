/// Simple (one scalar to one scalar) case mappings as Go's `unicode` package applies them.
package enum CaseFolding {
  /// Members of fold orbits that no simple mapping reaches from the ASCII or basic letter.
  private static let extraOrbitMembers: [UInt32: [UInt32]] = [
    0x6B: [0x212A], 0x73: [0x17F], 0xE5: [0x212B], 0x3C9: [0x2126], 0x3B8: [0x3D1, 0x3F4],
    0x3B5: [0x3F5], 0x3BA: [0x3F0], 0x3C0: [0x3D6], 0x3C1: [0x3F1], 0x3C3: [0x3C2],
    0x3C6: [0x3D5], 0x3B2: [0x3D0], 0x3BC: [0xB5], 0x3B9: [0x345, 0x1FBE], 0xDF: [0x1E9E],
  ]

  /// The simple lowercase mapping of `scalar` (itself when the full mapping is not one scalar).
  package static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x80 {
      return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
    if scalar.value == 0x130 { return "i" }
    return single(scalar.properties.lowercaseMapping) ?? scalar
  }

  /// The simple uppercase mapping of `scalar` (falling back to the titlecase mapping as Go's tables do).
  package static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x80 {
      return (0x61...0x7A).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x20)! : scalar
    }
    if let mapped = single(scalar.properties.uppercaseMapping) { return mapped }
    return single(scalar.properties.titlecaseMapping) ?? scalar
  }

  /// Every scalar equivalent to `scalar` under simple case folding, `scalar` included.
  static func orbit(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var members: [Unicode.Scalar] = [scalar]
    var index = 0
    while index < members.count {
      let current = members[index]
      index += 1
      var next = [lower(current), upper(current)]
      if let title = single(current.properties.titlecaseMapping) { next.append(title) }
      for extra in extraOrbitMembers[lower(current).value] ?? [] { next.append(Unicode.Scalar(extra)!) }
      for candidate in next where !members.contains(candidate) { members.append(candidate) }
    }
    return members
  }

  private static func single(_ text: String) -> Unicode.Scalar? {
    var iterator = text.unicodeScalars.makeIterator()
    guard let first = iterator.next(), iterator.next() == nil else { return nil }
    return first
  }
}
