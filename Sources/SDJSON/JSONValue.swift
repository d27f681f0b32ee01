/// A JSON value as read from instance listings and written by machine output formats.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// Parses strict JSON text (RFC 8259; a UTF-8 byte order mark is skipped).
  package static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
    var parser = JSONParser(bytes)
    return try parser.parseDocument()
  }

  /// Where and why JSON text is invalid.
  package struct ParseError: Error, Hashable, CustomStringConvertible {
    /// 1-based line of the problem.
    package let line: Int
    /// 1-based column of the problem, in Unicode scalars.
    package let column: Int
    /// What is wrong.
    package let message: String

    /// `line L, column C: message`.
    package var description: String { "line \(line), column \(column): \(message)" }
  }

  /// The member `key` of an object, nil otherwise.
  package subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The string value, nil for other kinds.
  package var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The array elements, nil for other kinds.
  package var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object members, nil for other kinds.
  package var objectValue: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }
}
