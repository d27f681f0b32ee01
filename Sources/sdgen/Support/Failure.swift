import ArgumentParser
import Foundation

/// Ends the program because sdgen could not do its job: one line on stderr, exit status 2.
func failJob(_ message: String) -> ExitCode {
  FileHandle.standardError.write(Data("sdgen: error: \(message)\n".utf8))
  return ExitCode(2)
}

/// Writes `text` to standard error as is.
func writeStandardError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}
