import GCEKnowledge
import PrometheusModel
import SDCore
import SDJSON

/// The JSON Schema of an sdgen spec, built from the key tables the spec decoder uses (`SpecSchema`),
/// the bundled zone catalogue, the shipped templates, the instance fields filters can name and the
/// relabel actions, so editors complete and check specs as they are typed.
package enum SpecJSONSchema {
  /// The schema's `$id`, where the file lives in the repository.
  package static let id = "\(SDGenRelease.homepage)/raw/main/schemas/spec.schema.json"

  /// The schema.
  package static var schema: JSONSchema {
    let sections: [(String, JSONSchema)] =
      [
        ("defaults", .ref("job", "Settings every job starts from; a job's own value replaces the default.")),
        (
          "templates",
          JSONSchema.type("object", "Relabel templates by name; one named like a shipped template replaces it.")
            .adding("additionalProperties", .schema(.ref("template")))
        ),
        (
          "jobs",
          .anyOf(
            [
              JSONSchema.type("object").adding("additionalProperties", .schema(.ref("job"))),
              .array(of: JSONSchema.ref("job").adding("required", .strings(["job_name"]))),
            ], "The jobs to render: a mapping from job name to job, or a list of jobs with job_name.")
        ),
      ]
    let copied = SpecSchema.prometheusSections.map {
      ($0, JSONSchema([("description", .string("A Prometheus section, copied to the output as written."))]))
    }
    precondition(sections.map(\.0) == SpecSchema.specSections, "SpecJSONSchema lacks a spec section")
    return JSONSchema([
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      ("$id", .string(id)),
      ("title", .string("sdgen spec")),
      ("description", .string("An sdgen spec (sdgen.yml), rendered to prometheus.yml by 'sdgen render'.")),
      ("type", .string("object")),
      ("properties", .named(sections + copied)),
      ("additionalProperties", .bool(false)),
      ("$defs", .named([("job", job), ("template", template), ("relabelItem", relabelItem)] + locations)),
    ])
  }

  /// The current zones and regions of the bundled catalogue, defined once.
  private static var locations: [(String, JSONSchema)] {
    let catalogue = ZoneCatalogue.bundled
    return [
      ("zone", .oneOf(catalogue.zones.filter { $0.status == .current }.map(\.name), "A current Compute Engine zone.")),
      ("region", .oneOf(catalogue.regions, "A Compute Engine region.")),
    ]
  }

  private static var job: JSONSchema {
    let zone = JSONSchema.ref("zone")
    let region = JSONSchema.ref("region")
    let relabelList = JSONSchema.array(of: .ref("relabelItem"))
    let own: [String: JSONSchema] = [
      "zones": .anyOf([zone, .array(of: zone)], "Zones to discover in, one gce_sd_configs entry per zone."),
      "regions": .anyOf([region, .array(of: region)], "Regions whose every current zone is discovered in."),
      "project": .anyOf([.type("string"), .type("integer")], "The GCP project id."),
      "projects": .array(
        of: .anyOf([.type("string"), .type("integer")]),
        "Several GCP project ids instead of project: every project is discovered in every zone."),
      "port": .anyOf([.type("integer"), .type("string")], "The port scraped on each instance (Prometheus's default is 80)."),
      "filter": .anyOf([.type("string"), filter], "A Compute API filter: a string passed as written, or a mapping of fields."),
      "refresh_interval": .anyOf([.type("string"), .type("integer")], "Copied into each gce_sd_configs entry."),
      "tag_separator": .type("string", "Copied into each gce_sd_configs entry."),
      "relabel_configs": relabelList.described("Relabel rules and template uses, applied to discovered targets."),
      "metric_relabel_configs": relabelList.described("Relabel rules and template uses, applied to scraped samples."),
    ]
    let properties: [(String, JSONSchema)] =
      [("job_name", .type("string", "The job's name, in the list form of jobs."))]
      + SpecSchema.jobKeys.map { key in
        guard let schema = own[key] else { preconditionFailure("SpecJSONSchema lacks job key '\(key)'") }
        return (key, schema)
      }
      + SpecSchema.scrapeKeys.map {
        ($0, JSONSchema([("description", .string("A scrape_config key, passed through as written."))]))
      }
    return .closedObject(properties, "A job: where to discover instances, how to relabel them, and scrape_config keys.")
  }

  private static var filter: JSONSchema {
    let value = JSONSchema.anyOf([.type("string"), .type("number"), .type("boolean"), .array(of: .type("string"))])
    let fields: [(String, JSONSchema)] = InstanceFieldCatalogue.all.filter {
      ![.object, .array, .map].contains($0.kind) && !$0.path.hasPrefix("labels")
    }.map { field in
      let values = field.isEnum ? .anyOf([.oneOf(field.enumValues), .array(of: .oneOf(field.enumValues))]) : value
      return (field.path, values.described("Instance field \(field.path) (\(field.type)); a list means any of them."))
    }
    let labels = JSONSchema.type("object", "Instance labels and the values they must have.")
      .adding("additionalProperties", .schema(value))
    return .closedObject(fields + [("labels", labels)], "Each field becomes one term; terms are joined with AND.")
  }

  private static var template: JSONSchema {
    let parameter = JSONSchema.anyOf([
      .oneOf(["string", "list"]),
      .closedObject([
        ("type", .oneOf(["string", "list"])), ("default", JSONSchema([])), ("description", .type("string")),
      ]),
    ])
    let mapping: [String: JSONSchema] = [
      "description": .type("string", "What the template is for."),
      "parameters": JSONSchema.type("object", "Parameters by name: string or list, optionally with a default.")
        .adding("additionalProperties", .schema(parameter)),
      "rules": .array(of: .ref("relabelItem"), "The rules and template uses the template stands for."),
    ]
    return .anyOf(
      [.array(of: .ref("relabelItem")), .closedObject(SpecSchema.templateKeys.map { ($0, mapping[$0]!) })],
      "A list of relabel items, or a mapping with description, parameters and rules.")
  }

  private static var relabelItem: JSONSchema {
    let rule: [(String, JSONSchema)] = SpecSchema.ruleKeys.map { key in
      switch key {
      case "source_labels": (key, .array(of: .type("string"), "Labels whose values are joined and matched."))
      case "action": (key, .oneOf(RelabelAction.allCases.map(\.rawValue), "What the rule does (default replace)."))
      case "modulus": (key, .anyOf([.type("integer"), .type("string")], "The modulus of hashmod."))
      case "for_each": (key, .type("string", "A list parameter: the rule is repeated for each element, as {{item}}."))
      default: (key, .type("string"))
      }
    }
    let use = JSONSchema.closedObject([
      ("use", .anyOf([.oneOf(ShippedTemplates.all.keys.sorted()), .type("string")], "The template to use.")),
      ("with", .type("object", "Arguments for the template's parameters.")),
    ]).adding("required", .strings(["use"]))
    return .anyOf([use, .closedObject(rule, "A relabel rule.")], "A relabel rule or a template use.")
  }
}
