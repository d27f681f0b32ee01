import Foundation

/// TCP probes on the loopback interface, for oracle tests that start servers and generate targets.
package enum Loopback {
  /// True when something accepts connections on `host:port`.
  package static func isListening(host: String, port: Int) -> Bool {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { return false }
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    inet_pton(AF_INET, host, &address.sin_addr)
    let result = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    return result == 0
  }

  /// A port on 127.0.0.1 that is free now (bound to port 0, then released).
  package static func freePort() -> Int? {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { return nil }
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
        bind(socketFD, raw, length) == 0 && getsockname(socketFD, raw, &length) == 0
      }
    }
    return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
  }

  /// The ports of `candidates` nobody listens on at 127.0.0.1: generated targets use only these, so
  /// a server under test never scrapes anything real.
  package static func unusedPorts(_ candidates: [Int] = [80, 9, 19, 39, 47, 51, 61, 71]) -> [Int] {
    candidates.filter { !isListening(host: "127.0.0.1", port: $0) }
  }
}
