/// The part of Go's `net.SplitHostPort` that Prometheus uses to decide whether an address has a port.
enum GoHostPort {
  /// True when `net.SplitHostPort(address)` succeeds.
  static func splits(_ address: String) -> Bool {
    let bytes = Array(address.utf8)
    guard let colon = bytes.lastIndex(of: UInt8(ascii: ":")) else { return false }
    var hostStart = 0
    var portSearchStart = 0
    if bytes.first == UInt8(ascii: "[") {
      guard let close = bytes.firstIndex(of: UInt8(ascii: "]")), close + 1 == colon else { return false }
      hostStart = 1
      portSearchStart = close + 1
    } else if bytes[..<colon].contains(UInt8(ascii: ":")) {
      return false
    }
    return !bytes[hostStart...].contains(UInt8(ascii: "["))
      && !bytes[portSearchStart...].contains(UInt8(ascii: "]"))
  }

  /// True when Prometheus (before 3.0) appends the scheme's default port: the address has no port
  /// and becomes valid with one.
  static func needsDefaultPort(_ address: String) -> Bool {
    !splits(address) && splits(address + ":1234")
  }
}
