import Testing

@testable import SDJSON
@testable import SDSimulate
import SDTestSupport

@Suite("Instance listings")
struct InstanceListingTests {
  private func parse(_ text: String) throws(InstanceListingError) -> [JSONValue] {
    Array(try InstanceListing.parse(Array(text.utf8)))
  }

  private func names(_ instances: [JSONValue]) -> [String] {
    instances.compactMap { $0["name"]?.stringValue }
  }

  @Test func gcloudArray() throws {
    #expect(names(try parse(#"[{"name": "a"}, {"name": "b"}]"#)) == ["a", "b"])
    #expect(try parse(" [ ] \n") == [])
  }

  @Test func apiListResponse() throws {
    #expect(
      names(try parse(#"{"kind": "compute#instanceList", "items": [{"name": "a"}]}"#)) == ["a"])
    #expect(
      try parse(#"{"kind": "compute#instanceList", "id": "projects/p/zones/z/instances"}"#) == [])
  }

  @Test func aggregatedListResponse() throws {
    let text = """
      {"kind": "compute#instanceAggregatedList", "items": {
        "zones/us-east1-b": {"instances": [{"name": "b1"}, {"name": "b2"}]},
        "zones/asia-east1-a": {"warning": {"code": "NO_RESULTS_ON_PAGE"}},
        "zones/europe-west4-b": {"instances": [{"name": "e1"}]}}}
      """
    #expect(names(try parse(text)) == ["e1", "b1", "b2"])
  }

  @Test func syntaxErrorsArePositioned() {
    #expect(
      throws: InstanceListingError.syntax(line: 2, column: 11, message: "expected a JSON value")
    ) {
      try parse("[\n {\"name\": ,}\n]")
    }
    #expect(
      throws: InstanceListingError.syntax(
        line: 1, column: 15, message: "expected ',' or '}' after an object member")
    ) {
      try parse(#"[{"name": "é" "id": 1}]"#)
    }
    #expect(
      throws: InstanceListingError.syntax(
        line: 1, column: 2, message: "the JSON text ends where a value was expected")
    ) {
      try parse("[")
    }
    #expect(
      throws: InstanceListingError.syntax(
        line: 1, column: 4, message: "unexpected text after the JSON value")
    ) {
      try parse("[] []")
    }
    #expect(
      InstanceListingError.syntax(line: 2, column: 13, message: "expected a JSON value").description
        == "line 2, column 13: expected a JSON value; the instance listing must be the JSON that "
        + "gcloud compute instances list --format=json prints")
  }

  @Test func stringsAndNumbers() throws {
    let listed = try parse(
      #"[{"name": "a\"b\u00e9\ud83d\ude00\n", "id": -1.5e2, "x": [true, false, null]}]"#)
    #expect(listed[0]["name"]?.stringValue == "a\"bé😀\n")
    #expect(listed[0]["id"] == .number(-150))
    #expect(listed[0]["x"] == .array([.bool(true), .bool(false), .null]))
    #expect(
      throws: InstanceListingError.syntax(
        line: 1, column: 13, message: "expected a digit after the decimal point")
    ) {
      try parse(#"[{"name": 1.}]"#)
    }
    #expect(
      throws: InstanceListingError.syntax(
        line: 1, column: 13, message: "a control character must be escaped inside a string")
    ) {
      try parse("[{\"name\": \"a\tb\"}]")
    }
  }

  @Test func deepNestingIsRefused() {
    let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
    #expect(
      throws: InstanceListingError.syntax(
        line: 1, column: 257, message: "the JSON nests deeper than 256 levels")
    ) {
      try parse(deep)
    }
  }

  @Test func shapeErrors() {
    #expect(throws: InstanceListingError.empty) { try parse(" \n") }
    #expect(
      InstanceListingError.empty.description
        == "the instance listing is empty; create it with gcloud compute instances list --format=json"
    )
    #expect(
      throws: InstanceListingError.unexpectedShape(
        path: "$[1]", problem: "expected an instance object, found a string")
    ) {
      try parse(#"[{"name": "a"}, "b"]"#)
    }
    #expect(
      throws: InstanceListingError.unexpectedShape(
        path: "$.items[0]",
        problem:
          "an instance needs a string \"name\"; this does not look like a Compute Engine instance")
    ) {
      try parse(#"{"items": [{"id": "1"}]}"#)
    }
    #expect(
      throws: InstanceListingError.unexpectedShape(
        path: "$.items[\"zones/z-a\"].instances",
        problem: "expected an array of instances, found an object")
    ) {
      try parse(#"{"items": {"zones/z-a": {"instances": {}}}}"#)
    }
    #expect(
      throws: InstanceListingError.unexpectedShape(
        path: "$",
        problem: "this is a single instance (gcloud compute instances describe); "
          + "list instances with gcloud compute instances list --format=json")
    ) {
      try parse(#"{"kind": "compute#instance", "name": "a"}"#)
    }
    #expect(
      throws: InstanceListingError.unexpectedShape(
        path: "$",
        problem: "expected a JSON array of instances or an API list response, found a number; "
          + "create the file with gcloud compute instances list --format=json")
    ) {
      try parse("42")
    }
  }

  @Test func apiErrorResponse() {
    let text =
      #"{"error": {"code": 403, "message": "Required 'compute.instances.list' permission"}}"#
    #expect(
      throws: InstanceListingError.apiError(message: "Required 'compute.instances.list' permission")
    ) {
      try parse(text)
    }
    #expect(
      InstanceListingError.apiError(message: "denied").description
        == "the file holds an API error response (denied), not instances; fix the request and list again"
    )
  }

  @Test func everyTruncationOfTheSampleIsASyntaxErrorInsideTheText() throws {
    let bytes = try TestPaths.fixtureBytes("data/sample-instances.json")
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var cut = 1
    while cut < bytes.count - 2 {
      do {
        _ = try InstanceListing.parse(Array(bytes[..<cut]))
        Issue.record("a listing cut after \(cut) bytes was accepted")
      } catch .syntax(let line, let column, _) {
        #expect(line >= 1 && line <= lines.count)
        #expect(column >= 1 && column <= lines[line - 1].unicodeScalars.count + 1)
      } catch {
        Issue.record("a listing cut after \(cut) bytes gave \(error)")
      }
      cut += 97
    }
  }
}

/// An array listing is kept as bytes and decoded one instance at a time; what is read is what was written.
@Suite struct InstanceListTests {
  @Test func anArrayListingDecodesEachInstanceOnRead() throws {
    let text = #"[ {"name": "a", "id": "1"} ,{"name":"b","labels":{"x":"y"}}]"#
    let list = try InstanceListing.parse(Array(text.utf8))
    #expect(list.count == 2)
    #expect(list[0] == .object(["name": .string("a"), "id": .string("1")]))
    #expect(list[1]["labels"]?["x"] == .string("y"))
  }

  @Test func listingsAppendInOrder() throws {
    var list = try InstanceListing.parse(Array(#"[{"name": "a"}]"#.utf8))
    list.append(contentsOf: try InstanceListing.parse(Array(#"{"items": [{"name": "b"}, {"name": "c"}]}"#.utf8)))
    list.append(contentsOf: try InstanceListing.parse(Array("[]".utf8)))
    list.append(contentsOf: try InstanceListing.parse(Array(#"[{"name": "d"}]"#.utf8)))
    #expect(list.map { $0["name"]?.stringValue ?? "" } == ["a", "b", "c", "d"])
  }
}
