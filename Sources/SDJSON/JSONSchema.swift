/// A JSON Schema (draft 2020-12) node whose keywords keep the order they are given in, so generated
/// schema files read well and are the same on every run.
package struct JSONSchema: Sendable {
  /// A keyword's value.
  package indirect enum Value: Sendable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case strings([String])
    case schema(JSONSchema)
    case schemas([JSONSchema])
    /// An object of named schemas (`properties`, `$defs`), in order.
    case named([(String, JSONSchema)])
  }

  /// The keywords, in order.
  package var keywords: [(String, Value)]

  /// A schema with `keywords`.
  package init(_ keywords: [(String, Value)]) {
    self.keywords = keywords
  }

  /// `{"type": type}` with an optional description.
  package static func type(_ type: String, _ description: String? = nil) -> JSONSchema {
    JSONSchema([("type", .string(type))]).described(description)
  }

  /// A string that is one of `values`.
  package static func oneOf(_ values: [String], _ description: String? = nil) -> JSONSchema {
    JSONSchema([("type", .string("string")), ("enum", .strings(values))]).described(description)
  }

  /// A reference to `#/$defs/<name>`.
  package static func ref(_ name: String, _ description: String? = nil) -> JSONSchema {
    JSONSchema([("$ref", .string("#/$defs/\(name)"))]).described(description)
  }

  /// Any of `schemas`.
  package static func anyOf(_ schemas: [JSONSchema], _ description: String? = nil) -> JSONSchema {
    JSONSchema([("anyOf", .schemas(schemas))]).described(description)
  }

  /// An array of `items`.
  package static func array(of items: JSONSchema, _ description: String? = nil) -> JSONSchema {
    JSONSchema([("type", .string("array")), ("items", .schema(items))]).described(description)
  }

  /// An object with exactly `properties` (no others).
  package static func closedObject(_ properties: [(String, JSONSchema)], _ description: String? = nil) -> JSONSchema {
    JSONSchema([
      ("type", .string("object")), ("properties", .named(properties)), ("additionalProperties", .bool(false)),
    ]).described(description)
  }

  /// This schema with `description` added first after nothing else, when given.
  package func described(_ description: String?) -> JSONSchema {
    guard let description else { return self }
    return JSONSchema([("description", .string(description))] + keywords)
  }

  /// This schema with one more keyword.
  package func adding(_ keyword: String, _ value: Value) -> JSONSchema {
    JSONSchema(keywords + [(keyword, value)])
  }

  /// The schema as indented JSON text followed by a newline.
  package var text: String {
    var json = JSONWriter(indented: true)
    write(to: &json)
    return json.output + "\n"
  }

  private func write(to json: inout JSONWriter) {
    json.object { json in
      for (keyword, value) in keywords {
        json.key(keyword)
        Self.write(value, to: &json)
      }
    }
  }

  private static func write(_ value: Value, to json: inout JSONWriter) {
    switch value {
    case .string(let text): json.value(text)
    case .bool(let flag): json.value(flag)
    case .int(let number): json.value(number)
    case .strings(let texts): json.array { json in for text in texts { json.value(text) } }
    case .schema(let schema): schema.write(to: &json)
    case .schemas(let schemas): json.array { json in for schema in schemas { schema.write(to: &json) } }
    case .named(let members):
      json.object { json in
        for (name, schema) in members {
          json.key(name)
          schema.write(to: &json)
        }
      }
    }
  }
}
