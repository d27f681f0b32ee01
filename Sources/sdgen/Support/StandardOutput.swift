#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Standard output as a text stream that writes in pieces of about 64 KB, so a report of any size is
/// written as it is made rather than held whole; `flush()` writes the rest.
struct StandardOutput: TextOutputStream {
  private var buffer: [UInt8] = []
  private static let pieceSize = 1 << 16

  mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= Self.pieceSize { flush() }
  }

  /// Writes what is buffered, after anything `print` left in the C library's buffer.
  mutating func flush() {
    fflush(nil)
    var written = 0
    while written < buffer.count {
      let count = buffer[written...].withUnsafeBytes { writeToStandardOutput($0) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { break }
      written += count
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// `write(2)` to standard output; the method above takes the name `write`.
private func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) -> Int {
  write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
}
