import Foundation

/// A JSON value as read from instance listings and written by machine output formats.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// Parses JSON text; throws `JSONValue.ParseError` with the decoder's description when invalid.
  public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    } catch let DecodingError.dataCorrupted(context) {
      let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      throw ParseError(description: underlying ?? context.debugDescription)
    } catch {
      throw ParseError(description: "\(error)")
    }
  }

  /// An error reading JSON text.
  public struct ParseError: Error, CustomStringConvertible {
    /// What the JSON reader said.
    public let description: String
  }

  /// The member `key` of an object, nil otherwise.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The string value, nil for other kinds.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The array elements, nil for other kinds.
  public var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object members, nil for other kinds.
  public var objectValue: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }
}

extension JSONValue: Decodable {
  /// Decodes any JSON value, keeping booleans apart from numbers.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }
}
