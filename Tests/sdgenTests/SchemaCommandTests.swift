import Foundation
import SDTestSupport
import Testing

/// `sdgen schema`: the printed schemas are the committed `schemas/` files, they accept every example
/// spec and `.sdgen.yml` in the repository and reject unknown keys (checked with `check-jsonschema`).
@Suite final class SchemaCommandTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-schema")
  }

  static let kinds = [("spec", "schemas/spec.schema.json"), ("lint-config", "schemas/lint-config.schema.json")]

  private func committed(_ path: String) throws -> String {
    try String(contentsOf: CLIRunner.repository.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func printedSchemasAreTheCommittedFiles() throws {
    for (kind, path) in Self.kinds {
      let result = try CLIRunner.run(["schema", kind])
      #expect(result.status == 0)
      #expect(result.stdout == (try committed(path)), "\(path) is stale: run 'sdgen schema \(kind) > \(path)'")
    }
    #expect(try CLIRunner.run(["schema"]).stdout == (try committed("schemas/spec.schema.json")))
    #expect(try CLIRunner.run(["schema", "prometheus"]).status == 64)
  }

  @Test func lintConfigSchemaListsEverySettingAndRule() throws {
    let schema = try JSONSerialization.jsonObject(with: Data(try committed("schemas/lint-config.schema.json").utf8))
    let properties = try #require((schema as? [String: Any])?["properties"] as? [String: Any])
    #expect(Set(properties.keys) == ["prometheus_version", "zones_file", "known_projects", "placeholders", "rules"])
    let rules = try #require(properties["rules"] as? [String: Any])
    let ids = try #require((rules["propertyNames"] as? [String: Any])?["enum"] as? [String])
    let listed = try CLIRunner.run(["rules"]).stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
    #expect(ids == listed.sorted())
  }

  /// The `.sdgen.yml` example of docs/lint.md.
  private func lintConfigExample() throws -> String {
    let page = try committed("docs/lint.md")
    let section = try #require(page.components(separatedBy: "## `.sdgen.yml`").dropFirst().first)
    return try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
  }

  @Test func examplesPassAndUnknownKeysFailCheckJSONSchema() throws {
    guard let checker = ExternalTool.required("check-jsonschema", by: "SchemaCommandTests") else { return }
    let repository = CLIRunner.repository.path
    func check(_ schema: String, _ files: [String]) throws -> CLIRunner.Result {
      try checker.run(["--schemafile", "\(repository)/\(schema)"] + files, in: folder)
    }
    let specs = ["examples/blog/sdgen.yml", "examples/fleet/sdgen.yml"].map { "\(repository)/\($0)" }
    let good = try check("schemas/spec.schema.json", specs)
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    try write("sdgen-yml/.sdgen.yml", try lintConfigExample())
    let config = try check("schemas/lint-config.schema.json", ["sdgen-yml/.sdgen.yml"])
    #expect(config.status == 0, "\(config.stdout)\(config.stderr)")

    try write("bad-spec.yml", "jobs:\n  node:\n    zones: [us-east1-b]\n    project: p\n    prot: 9100\n")
    let badSpec = try check("schemas/spec.schema.json", ["bad-spec.yml"])
    #expect(badSpec.status == 1)
    #expect(badSpec.stdout.contains("bad-spec.yml"))
    try write("bad-zone.yml", "jobs:\n  node:\n    zones: [us-eastl1-a]\n    project: p\n")
    #expect(try check("schemas/spec.schema.json", ["bad-zone.yml"]).status == 1)
    try write("bad-config.yml", "prometheus_versoin: '2.42'\n")
    #expect(try check("schemas/lint-config.schema.json", ["bad-config.yml"]).status == 1)
    try write("bad-rule.yml", "rules:\n  gce/unknown-zon: off\n")
    #expect(try check("schemas/lint-config.schema.json", ["bad-rule.yml"]).status == 1)
  }
}
