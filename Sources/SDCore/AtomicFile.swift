#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Reads and writes files the way a tool that touches users' configuration must.
///
/// A write never leaves a half-written file and never changes what kind of file the path is:
/// - a symlink is followed (through any chain) and its target is written, so `prometheus.yml ->
///   configs/prod.yml` updates `configs/prod.yml` and stays a link;
/// - a regular file is replaced atomically: the bytes go to a temporary file in the target's folder,
///   which takes the old file's mode, owner and group (as far as the process may set them) and is then
///   renamed over it; on any failure the old file is untouched;
/// - a regular file with other hard links is written through in place, so every link keeps seeing
///   the same file; should that write fail, the old bytes are written back;
/// - a character device, FIFO or socket is written through in place and never replaced;
/// - several files are written as one change: all are staged before any is changed, so a failure
///   leaves every file as it was.
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

  /// How many symlinks a path may go through, as Linux allows.
  private static let maxSymlinkHops = 40

  /// Writes `bytes` to `path` as the type's documentation says.
  package static func write(_ bytes: [UInt8], to path: String) throws {
    try write([(path, bytes)])
  }

  /// Writes several files as one change: every write is staged first (temporary files written and
  /// synced, targets checked), and only when all are staged are they made, in order. A failure while
  /// staging leaves every file as it was; a failure while making them (a rename that fails after its
  /// file was written) gives the files already written their old bytes back.
  package static func write(_ writes: [(path: String, bytes: [UInt8])]) throws {
    var staged: [StagedWrite] = []
    do {
      for (path, bytes) in writes { staged.append(try stage(bytes, to: path, keepingOld: writes.count > 1)) }
    } catch {
      staged.forEach { $0.discard() }
      throw error
    }
    for (index, write) in staged.enumerated() {
      do {
        try write.commit()
      } catch {
        staged[(index + 1)...].forEach { $0.discard() }
        staged[..<index].reversed().forEach { $0.undo() }
        throw error
      }
    }
  }

  /// Prepares the write of `bytes` to `path` as the type's documentation says, without changing it
  /// yet; `keepingOld` keeps the bytes of a regular file to undo the write.
  private static func stage(_ bytes: [UInt8], to path: String, keepingOld: Bool) throws -> StagedWrite {
    let target = try resolvingSymlinks(path, purpose: "write")
    var status = stat()
    guard stat(target, &status) == 0 else {
      guard errno == ENOENT else { throw Failure(writing: path) }
      return try staging(target, bytes, keeping: nil, named: path, keepingOld: false)
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: throw Failure(description: "cannot write '\(path)': it is a directory")
    case S_IFREG where status.st_nlink > 1:
      guard access(target, W_OK) == 0 else { throw Failure(writing: path) }
      let old = try read(target)
      return StagedWrite(path: path, target: target, step: .writeThrough(bytes), previous: old, creates: false)
    case S_IFREG: return try staging(target, bytes, keeping: status, named: path, keepingOld: keepingOld)
    default:
      guard access(target, W_OK) == 0 else { throw Failure(writing: path) }
      return StagedWrite(path: path, target: target, step: .writeThrough(bytes), previous: nil, creates: false)
    }
  }

  /// Reads the whole file at `path`, or standard input for `-`: any readable path that is not a
  /// folder, FIFOs and `/dev/stdin` included.
  package static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      guard let bytes = readAll(from: STDIN_FILENO) else {
        throw Failure(description: "cannot read standard input: \(errnoText())")
      }
      return bytes
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(description: "cannot read '\(path)': \(openFailure(path))") }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      throw Failure(description: "cannot read '\(path)': it is a directory")
    }
    guard let bytes = readAll(from: descriptor) else {
      throw Failure(description: "cannot read '\(path)': \(errnoText())")
    }
    return bytes
  }

  // MARK: Writing

  /// Writes a temporary file beside `target`, with the old file's mode, owner and group, for a
  /// rename over `target`.
  private static func staging(
    _ target: String, _ bytes: [UInt8], keeping old: stat?, named path: String, keepingOld: Bool
  ) throws -> StagedWrite {
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { String(target[...$0]) } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    let temporary = "\(folder).\(name).sdgen-\(UUID().uuidString).tmp"
    let previous = keepingOld ? try read(target) : nil
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure(writing: path) }
    let complete = writeAll(bytes, to: descriptor) && fsync(descriptor) == 0
    let failure = complete ? nil : Failure(writing: path)
    if let old {
      // Owner first: changing it clears the set-id bits that the mode then restores. A user who may
      // not give the file away may still keep its group.
      if fchown(descriptor, old.st_uid, old.st_gid) != 0 { _ = fchown(descriptor, uid_t.max, old.st_gid) }
      fchmod(descriptor, old.st_mode & 0o7777)
    }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw failure
    }
    return StagedWrite(
      path: path, target: target, step: .rename(temporary: temporary), previous: previous, creates: old == nil)
  }

  /// Writes `bytes` into the existing file `target` itself, keeping its inode; for a regular file the
  /// `old` bytes are written back should the write fail.
  static func writeThrough(_ target: String, _ bytes: [UInt8], named path: String, restoring old: [UInt8]?) throws {
    let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { throw Failure(writing: path) }
    defer { close(descriptor) }
    guard let old else {
      guard writeAll(bytes, to: descriptor) else { throw Failure(writing: path) }
      return
    }
    guard writeAll(bytes, to: descriptor), ftruncate(descriptor, off_t(bytes.count)) == 0, fsync(descriptor) == 0
    else {
      let failure = Failure(writing: path)
      if lseek(descriptor, 0, SEEK_SET) == 0, writeAll(old, to: descriptor) {
        _ = ftruncate(descriptor, off_t(old.count))
      }
      throw failure
    }
  }

  /// The path a write to `path` lands on: `path` itself, or the end of its chain of symlinks (which
  /// need not exist yet). Throws on a symlink loop.
  static func resolvingSymlinks(_ path: String, purpose: String) throws -> String {
    var current = path
    for _ in 0..<maxSymlinkHops {
      var status = stat()
      guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      guard length > 0 else { throw Failure(description: "cannot \(purpose) '\(path)': \(errnoText())") }
      let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if link.hasPrefix("/") {
        current = link
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + link
      } else {
        current = link
      }
    }
    throw Failure(description: "cannot \(purpose) '\(path)': it is a symlink loop (a chain of links that never ends)")
  }

  // MARK: Reading

  /// Why `open` failed for `path`, in words that say what the path is.
  private static func openFailure(_ path: String) -> String {
    let code = errno
    switch code {
    case ELOOP: return "it is a symlink loop (a chain of links that never ends)"
    case ENOENT:
      var status = stat()
      if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
        return "it is a symlink to a file that does not exist"
      }
      return "no such file"
    case EACCES: return "permission denied"
    default: return String(cString: strerror(code))
    }
  }

  private static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// Everything `descriptor` gives until its end, nil on a read error. A regular file is read straight
/// into the array, sized from its length, so a large file is never copied.
private func readAll(from descriptor: Int32) -> [UInt8]? {
  var status = stat()
  let expected = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
  var failed = false
  var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
    while count < expected {
      let read = read(descriptor, buffer.baseAddress! + count, expected - count)
      if read > 0 {
        count += read
      } else if read == 0 || errno != EINTR {
        failed = read < 0
        return
      }
    }
  }
  guard !failed else { return nil }
  if expected > 0, bytes.count < expected { return bytes }
  // A pipe, a device, or a file that grew: read on in chunks until the end.
  var chunk = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      bytes.append(contentsOf: chunk[..<count])
    } else if count == 0 {
      return bytes
    } else if errno != EINTR {
      return nil
    }
  }
}

/// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; false on an error.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
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
