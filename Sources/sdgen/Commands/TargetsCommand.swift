import ArgumentParser

/// Placeholder for the `targets` subcommand until it is built.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "targets")
}
