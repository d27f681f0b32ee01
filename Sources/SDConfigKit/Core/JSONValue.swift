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
    let data = Data(bytes)
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      throw ParseError(description: (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")
    }
    return JSONValue(foundation: object)
  }

  /// An error reading JSON text.
  public struct ParseError: Error, CustomStringConvertible {
    /// What the JSON reader said.
    public let description: String
  }

  private init(foundation value: Any) {
    switch value {
    case let string as String: self = .string(string)
    case let number as NSNumber:
      if CFGetTypeID(number) == CFBooleanGetTypeID() {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.doubleValue)
      }
    case let array as [Any]: self = .array(array.map(JSONValue.init(foundation:)))
    case let dictionary as [String: Any]:
      self = .object(dictionary.mapValues(JSONValue.init(foundation:)))
    default: self = .null
    }
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
