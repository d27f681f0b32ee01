/// Character-level grammar of Compute Engine names (zones, regions, resource path segments).
enum GCEName {
  /// True for `[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?`: the API's pattern for zone and resource names.
  static func isResourceName(_ text: some StringProtocol) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first, let last = bytes.last, bytes.count <= 63 else { return false }
    return isLower(first) && (isLower(last) || isDigit(last)) && bytes.allSatisfy(isNameByte)
  }

  /// True for a region-shaped name `<area>-<direction><1-2 digits>`, e.g. `europe-west15`.
  static func isRegionShaped(_ text: some StringProtocol) -> Bool {
    let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(isLower) else { return false }
    let letters = parts[1].prefix(while: isLower)
    let digits = parts[1].dropFirst(letters.count)
    return !letters.isEmpty && (1...2).contains(digits.count) && digits.allSatisfy(isDigit)
  }

  /// True for the last segment of an AI zone name: `ai`, one digit, one letter (`ai1a`).
  static func isAIZoneSuffix(_ suffix: some StringProtocol) -> Bool {
    let bytes = Array(suffix.utf8)
    return bytes.count == 4 && bytes[0] == UInt8(ascii: "a") && bytes[1] == UInt8(ascii: "i")
      && isDigit(bytes[2]) && isLower(bytes[3])
  }

  static func isLower(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
  static func isNameByte(_ byte: UInt8) -> Bool {
    isLower(byte) || isDigit(byte) || byte == UInt8(ascii: "-")
  }
}
