/// A Go regexp data file that cannot be read the way Go's `exec_test.go` reads it.
struct GoVectorFileError: Error, CustomStringConvertible {
  /// `file:line`, or the file alone.
  let place: String
  /// What is wrong there.
  let problem: String

  var description: String { "\(place): \(problem)" }
}
