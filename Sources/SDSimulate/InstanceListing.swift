import SDJSON

/// Reads the instances out of `gcloud compute instances list --format=json` output, an API
/// `instances.list` response (`{"items": […]}`) or an `aggregatedList` response
/// (`{"items": {"zones/us-central1-a": {"instances": […]}, …}}`).
public enum InstanceListing {
  /// The instance objects, in listing order (aggregated lists: in zone order, sorted by scope name). A JSON
  /// array is checked one instance at a time and kept as bytes (see `InstanceList`); a response object is
  /// decoded.
  public static func parse(_ bytes: [UInt8]) throws(InstanceListingError) -> InstanceList {
    if bytes.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) { throw .empty }
    var parser = JSONParser(bytes)
    var ranges: [Range<Int>] = []
    var problem: InstanceListingError?
    let visited: Bool?
    do {
      // Only the name is built here; the simulation decodes each instance once, when it reads it.
      visited = try parser.visitArrayElements(keeping: { $0 == "name" }) { element, range in
        do throws(InstanceListingError) {
          try check(element, at: "$[\(ranges.count)]")
        } catch {
          problem = error
          return false
        }
        ranges.append(range)
        return true
      }
    } catch {
      throw .syntax(line: error.line, column: error.column, message: error.message)
    }
    if let problem { throw problem }
    if visited == true { return InstanceList(bytes: bytes, ranges: ranges) }
    return InstanceList(try parseDocument(bytes))
  }

  /// The instances of a listing that is not a bare array, decoded as a whole.
  private static func parseDocument(_ bytes: [UInt8]) throws(InstanceListingError) -> [JSONValue] {
    let document: JSONValue
    do {
      document = try JSONValue.parse(bytes)
    } catch {
      throw .syntax(line: error.line, column: error.column, message: error.message)
    }
    switch document {
    case .array(let elements):
      return try instances(elements, at: "$")
    case .object(let members):
      return try instances(inResponse: members)
    default:
      throw .unexpectedShape(
        path: "$",
        problem:
          "expected a JSON array of instances or an API list response, found \(kind(of: document)); "
          + "create the file with \(InstanceListingError.howToList)")
    }
  }

  private static func instances(inResponse members: [String: JSONValue])
    throws(InstanceListingError)
    -> [JSONValue]
  {
    if let error = members["error"] {
      throw .apiError(message: error["message"]?.stringValue ?? "no message")
    }
    switch members["items"] {
    case .array(let elements):
      return try instances(elements, at: "$.items")
    case .object(let scopes):
      var result: [JSONValue] = []
      for scope in scopes.keys.sorted() {
        let path = "$.items[\"\(scope)\"]"
        guard case .object(let scoped) = scopes[scope]! else {
          throw .unexpectedShape(
            path: path,
            problem: "expected an object with \"instances\", found \(kind(of: scopes[scope]!))")
        }
        switch scoped["instances"] {
        case .array(let elements): result += try instances(elements, at: path + ".instances")
        case nil: continue
        case let other?:
          throw .unexpectedShape(
            path: path + ".instances",
            problem: "expected an array of instances, found \(kind(of: other))")
        }
      }
      return result
    case nil:
      if let kind = members["kind"]?.stringValue, kind.hasPrefix("compute#instance") {
        if kind == "compute#instance" {
          throw .unexpectedShape(
            path: "$",
            problem: "this is a single instance (gcloud compute instances describe); "
              + "list instances with \(InstanceListingError.howToList)")
        }
        return []
      }
      throw .unexpectedShape(
        path: "$",
        problem: "an object without \"items\" is not an instance listing; "
          + "create the file with \(InstanceListingError.howToList)")
    case let other?:
      throw .unexpectedShape(
        path: "$.items",
        problem: "expected an array or an object of zones, found \(kind(of: other))")
    }
  }

  private static func instances(_ elements: [JSONValue], at path: String)
    throws(InstanceListingError)
    -> [JSONValue]
  {
    for (offset, element) in elements.enumerated() {
      try check(element, at: "\(path)[\(offset)]")
    }
    return elements
  }

  /// Throws unless `element` is an object with a string `name`, as every instance has.
  private static func check(_ element: JSONValue, at path: String) throws(InstanceListingError) {
    guard case .object(let members) = element else {
      throw .unexpectedShape(path: path, problem: "expected an instance object, found \(kind(of: element))")
    }
    guard case .string = members["name"] else {
      throw .unexpectedShape(
        path: path,
        problem: "an instance needs a string \"name\"; this does not look like a Compute Engine instance")
    }
  }

  private static func kind(of value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
