import FoundationEssentials

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Reads and writes files the way a tool that touches users' configuration must: a write goes to a
/// temporary file in the same folder and is renamed over the target, so the old file stays intact
/// on any failure.
public enum AtomicFile {
  /// An I/O failure, with a message naming the path.
  public struct Failure: Error, CustomStringConvertible {
    /// One sentence saying what failed.
    public let description: String
  }

  /// Writes `bytes` to `path` atomically, keeping the permissions of an existing file.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    let target = URL(fileURLWithPath: path)
    let folder = target.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).sdgen-\(UUID().uuidString).tmp")
    let manager = FileManager.default
    do {
      try Data(bytes).write(to: temporary, options: [])
      if let attributes = try? manager.attributesOfItem(atPath: path),
        let permissions = attributes[.posixPermissions]
      {
        try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
      }
      if rename(temporary.path, target.path) != 0 {
        let reason = String(cString: strerror(errno))
        throw Failure(description: "cannot write '\(path)': \(reason)")
      }
    } catch let failure as Failure {
      try? manager.removeItem(at: temporary)
      throw failure
    } catch {
      try? manager.removeItem(at: temporary)
      throw Failure(description: "cannot write '\(path)': \(error.localizedDescription)")
    }
  }

  /// Reads the whole file at `path`, or standard input for `-`.
  public static func read(_ path: String) throws -> [UInt8] {
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
