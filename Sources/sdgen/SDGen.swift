import ArgumentParser
import SDConfigKit

/// The sdgen command line: render, lint, translate filters and simulate GCE discovery.
@main
struct SDGen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sdgen",
    abstract: "Render, lint and simulate Prometheus service discovery on Google Compute Engine.",
    version: "sdgen \(SDGenRelease.version) (Prometheus \(PrometheusVersion.supportedRange))",
    subcommands: [
      RenderCommand.self, ImportCommand.self, LintCommand.self, GcloudFilterCommand.self, TargetsCommand.self,
      TestCommand.self, RulesCommand.self, SchemaCommand.self,
    ]
  )
}
