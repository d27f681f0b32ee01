import ArgumentParser

/// Placeholder for the `rules` subcommand until it is built.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "rules")
}
