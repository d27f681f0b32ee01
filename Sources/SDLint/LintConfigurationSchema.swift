import PrometheusModel
import SDCore
import SDJSON

/// The JSON Schema of `.sdgen.yml`, built from `LintSetting` (the table the reader uses) and the rule
/// registry, so editors complete settings, rule ids and levels.
package enum LintConfigurationSchema {
  /// The schema's `$id`, where the file lives in the repository.
  package static let id = "\(SDGenRelease.homepage)/raw/main/schemas/lint-config.schema.json"

  /// The schema.
  package static var schema: JSONSchema {
    let versions = PrometheusVersion.withSchema.map(\.description)
    let properties: [(String, JSONSchema)] = LintSetting.allCases.map { setting in
      let schema: JSONSchema =
        switch setting {
        case .prometheusVersion:
          .anyOf([.oneOf(versions), .type("number")])
        case .zonesFile: .type("string")
        case .knownProjects: .array(of: .type("string"))
        case .placeholders: .oneOf(PlaceholderMode.allCases.map(\.rawValue))
        case .rules:
          JSONSchema.type("object")
            .adding("propertyNames", .schema(.oneOf(RuleRegistry.spellings)))
            .adding(
              "additionalProperties",
              .schema(.anyOf([.oneOf(LintSetting.ruleLevels), JSONSchema([("const", .bool(false))])])))
        }
      return (setting.rawValue, schema.described(setting.summary))
    }
    return JSONSchema([
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      ("$id", .string(id)),
      ("title", .string(".sdgen.yml")),
      ("description", .string("Settings for sdgen lint in a repository.")),
    ]).adding("type", .string("object")).adding("properties", .named(properties))
      .adding("additionalProperties", .bool(false))
  }
}
