#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// A file as it is at a git revision, named `git:REV:path` on the command line (read with `git show REV:path`).
enum GitRevisionFile {
  /// The prefix that marks such a name.
  static let prefix = "git:"

  /// The revision and path of `name` when it is written `git:REV:path`.
  static func parse(_ name: String) -> (revision: String, path: String)? {
    guard name.hasPrefix(prefix) else { return nil }
    let rest = name.dropFirst(prefix.count)
    guard let colon = rest.lastIndex(of: ":"), colon != rest.startIndex, rest.index(after: colon) != rest.endIndex
    else { return nil }
    return (String(rest[..<colon]), String(rest[rest.index(after: colon)...]))
  }

  /// The bytes of `path` at `revision`, or a message saying why git could not give them.
  static func contents(revision: String, path: String) -> Result<[UInt8], GitError> {
    var output: [Int32] = [0, 0]
    var errors: [Int32] = [0, 0]
    guard pipe(&output) == 0, pipe(&errors) == 0 else { return .failure(GitError(message: "cannot create a pipe")) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, errors[1], STDERR_FILENO)
    posix_spawn_file_actions_addclose(&actions, output[0])
    posix_spawn_file_actions_addclose(&actions, errors[0])
    let arguments = ["git", "show", "\(revision):\(path)"]
    var argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    let spawned = posix_spawnp(&child, "git", &actions, nil, &argv, environ)
    close(output[1])
    close(errors[1])
    defer {
      close(output[0])
      close(errors[0])
    }
    guard spawned == 0 else { return .failure(GitError(message: "cannot run git: \(String(cString: strerror(spawned)))")) }
    let bytes = drain(output[0])
    let message = String(decoding: drain(errors[0]), as: UTF8.self)
    var status: Int32 = 0
    while waitpid(child, &status, 0) == -1 && errno == EINTR {}
    guard status == 0 else {
      let firstLine = message.split(separator: "\n").first.map(String.init) ?? "git show failed"
      return .failure(GitError(message: "git show \(revision):\(path): \(firstLine)"))
    }
    return .success(bytes)
  }

  /// Everything readable from `descriptor` until end of file.
  private static func drain(_ descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += buffer[..<count]
      } else if count == 0 || errno != EINTR {
        return bytes
      }
    }
  }

  /// Why git could not give a file.
  struct GitError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}
