import ArgumentParser
import SDConfigKit

/// `sdgen schema`: prints the JSON Schema of the spec or of `.sdgen.yml`, for editors.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of an sdgen spec or of .sdgen.yml.",
    discussion: """
      Point yaml-language-server at it with a first line such as \
      '# yaml-language-server: $schema=\(SpecJSONSchema.id)'. The same files are in schemas/.
      """)

  /// Which file's schema.
  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case spec
    case lintConfig = "lint-config"
  }

  @Argument(help: "spec (sdgen.yml) or lint-config (.sdgen.yml).")
  var kind: Kind = .spec

  func run() {
    switch kind {
    case .spec: print(SpecJSONSchema.schema.text, terminator: "")
    case .lintConfig: print(LintConfigurationSchema.schema.text, terminator: "")
    }
  }
}
