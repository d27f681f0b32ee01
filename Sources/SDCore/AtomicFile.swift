import FoundationEssentials

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Reads and writes files the way a tool that touches users' configuration must: a write goes to a
/// temporary file in the same folder and is renamed over the target, so the old file stays intact
/// on any failure.
package enum AtomicFile {
  /// An I/O failure, with a message naming the path.
  package struct Failure: Error, CustomStringConvertible {
    /// One sentence saying what failed.
    package let description: String

    /// The failure to write `path`, with the reason `errno` gives.
    init(writing path: String) {
      description = "cannot write '\(path)': \(String(cString: strerror(errno)))"
    }

    init(description: String) {
      self.description = description
    }
  }

  /// Writes `bytes` to `path` atomically, keeping the permissions of an existing file.
  package static func write(_ bytes: [UInt8], to path: String) throws {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(folder).\(name).sdgen-\(UUID().uuidString).tmp"
    var status = stat()
    let existingMode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure(writing: path) }
    let complete = writeAll(bytes, to: descriptor)
    let failure = complete ? nil : Failure(writing: path)
    if let existingMode { fchmod(descriptor, existingMode) }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw failure
    }
    guard rename(temporary, path) == 0 else {
      let failure = Failure(writing: path)
      unlink(temporary)
      throw failure
    }
  }

  /// Reads the whole file at `path`, or standard input for `-`.
  package static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return readStandardInput()
    }
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(description: "cannot read '\(path)': no such file")
    }
    guard !isDirectory else {
      throw Failure(description: "cannot read '\(path)': it is a directory")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(description: "cannot read '\(path)': permission denied or not a regular file")
    }
    return Array(data)
  }

}

/// Everything on standard input until its end.
private func readStandardInput() -> [UInt8] {
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count > 0 {
      bytes.append(contentsOf: chunk[..<count])
    } else if count == 0 || errno != EINTR {
      return bytes
    }
  }
}

/// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; false on an error.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
  bytes.withUnsafeBytes { buffer in
    var written = 0
    while written < buffer.count {
      let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      written += count
    }
    return true
  }
}
