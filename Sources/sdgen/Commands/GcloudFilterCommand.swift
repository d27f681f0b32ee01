import ArgumentParser

/// Placeholder for the `gcloud-filter` subcommand until it is built.
struct GcloudFilterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "gcloud-filter")
}
