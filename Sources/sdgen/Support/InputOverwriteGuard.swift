import SDConfigKit

/// Refuses (exit 2, one line on stderr) to write `output` when it is the same file as one of `inputs`,
/// however either is spelled: a symlink, another path or a hard link to an input all count.
func refuseOverwritingInput(_ output: String, inputs: [String]) throws {
  guard let target = FileIdentity(path: output) else { return }
  for input in inputs where FileIdentity(path: input) == target {
    let same = input == output ? "" : " (the same file as '\(input)')"
    throw failJob(
      "cannot write '\(output)': it is an input of this command\(same), and writing it would destroy the input; "
        + "write the output to another file")
  }
}
