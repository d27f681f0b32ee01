/// Simple (one scalar to one scalar) case mappings and case-folding orbits as Go's `unicode` package
/// applies them.
package enum CaseFolding {
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

  /// Every scalar equivalent to `scalar` under simple case folding, `scalar` first: the orbit Go's
  /// `unicode.SimpleFold` walks, which `(?i)` matches.
  static func orbit(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var members = [scalar]
    var next = simpleFold(scalar.value)
    while next != scalar.value, let member = Unicode.Scalar(next) {
      members.append(member)
      next = simpleFold(next)
    }
    return members
  }

  /// Go's `unicode.SimpleFold`: the next larger scalar of the orbit of `value`, wrapping around to
  /// the smallest; `value` itself when it is alone.
  static func simpleFold(_ value: UInt32) -> UInt32 {
    var low = 0
    var high = orbitSuccessors.count / 2
    while low < high {
      let middle = (low + high) / 2
      let key = orbitSuccessors[2 * middle]
      if key == value { return orbitSuccessors[2 * middle + 1] }
      if key < value { low = middle + 1 } else { high = middle }
    }
    return value
  }

  private static func single(_ text: String) -> Unicode.Scalar? {
    var iterator = text.unicodeScalars.makeIterator()
    guard let first = iterator.next(), iterator.next() == nil else { return nil }
    return first
  }
}
