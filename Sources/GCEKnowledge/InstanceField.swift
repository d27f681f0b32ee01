/// One field of the Compute Engine Instance resource as listed in `gce-instance-fields.tsv`.
package struct InstanceField: Sendable, Hashable {
  /// How the field's JSON value is typed.
  package enum Kind: Sendable, Hashable {
    case boolean, integer, numericString, string, object, array, map
  }

  /// The path as listed, with `[]` after every repeated (array) segment: `networkInterfaces[].network`.
  package let rawPath: String
  /// The dotted path a filter names it by: `networkInterfaces.network`.
  package let path: String
  /// The JSON type as listed: `boolean`, `string`, `integer(int32)`, `string(int64)`, `array<object>`, …
  package let type: String
  /// True when the value is a resource URL (`zone`, `machineType`, …), so short names never equal it.
  package let isURL: Bool
  /// The allowed values of an enum field, empty for other fields.
  package let enumValues: [String]

  /// The kind of JSON value the field holds.
  package let kind: Kind
  /// True when the field is, or lies inside, a list, which Compute API filters cannot address.
  package let isRepeated: Bool

  /// Creates a field from a row of the catalogue.
  package init(rawPath: String, type: String, isURL: Bool, enumValues: [String]) {
    self.rawPath = rawPath
    // Brackets only ever appear as the `[]` of a repeated field.
    let brackets = rawPath.utf8.contains(UInt8(ascii: "["))
    self.path =
      brackets
      ? String(decoding: rawPath.utf8.filter { $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "]") }, as: UTF8.self)
      : rawPath
    self.type = type
    self.isURL = isURL
    self.enumValues = enumValues
    self.kind = Self.kind(of: type, array: rawPath.hasSuffix("[]"))
    self.isRepeated = brackets || kind == .array
  }

  private static func kind(of type: String, array: Bool) -> Kind {
    if array || type.hasPrefix("array") { return .array }
    if type.hasPrefix("map") { return .map }
    switch type {
    case "boolean": return .boolean
    case "object": return .object
    case "string(int64)", "string(uint64)": return .numericString
    default: return type.hasPrefix("integer") ? .integer : .string
    }
  }

  /// True for enum fields such as `status`.
  package var isEnum: Bool { !enumValues.isEmpty }
}
