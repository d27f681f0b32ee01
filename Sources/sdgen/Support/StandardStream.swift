#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Standard output or standard error, as far as colouring decisions need them.
enum StandardStream {
  case output, error

  /// True when the stream is a terminal (so colour may be used).
  var isTerminal: Bool {
    isatty(self == .output ? STDOUT_FILENO : STDERR_FILENO) == 1
  }
}
