import ArgumentParser

/// Placeholder for the `lint` subcommand until it is built.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "lint")
}
