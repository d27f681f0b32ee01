import ArgumentParser

#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Ends the program because sdgen could not do its job: one line on stderr, exit status 2.
func failJob(_ message: String) -> ExitCode {
  writeStandardError("sdgen: error: \(message)\n")
  return ExitCode(2)
}

/// Writes `text` to standard error as is.
func writeStandardError(_ text: String) {
  var remaining = Array(text.utf8)[...]
  while !remaining.isEmpty {
    let written = remaining.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    guard written > 0 else { return }
    remaining = remaining.dropFirst(written)
  }
}
