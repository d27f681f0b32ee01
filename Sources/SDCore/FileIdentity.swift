#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// The file a path names, whatever the path: two paths (through symlinks, `..`, hard links or
/// `/dev/stdin`) name the same file when their identities are equal.
package struct FileIdentity: Hashable, Sendable {
  private let device: UInt64
  private let inode: UInt64

  /// The identity of the file at `path` (symlinks followed; `-` is standard input), nil when there is none.
  package init?(path: String) {
    var status = stat()
    let found = path == "-" ? fstat(STDIN_FILENO, &status) : stat(path, &status)
    guard found == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}
