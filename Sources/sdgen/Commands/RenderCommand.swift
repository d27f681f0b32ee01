import ArgumentParser

/// Placeholder for the `render` subcommand until it is built.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "render")
}
