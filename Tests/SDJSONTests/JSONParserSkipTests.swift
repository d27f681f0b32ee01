import Testing

@testable import SDJSON

/// Members that are skipped instead of built are checked exactly as strictly: every mutation of a listing
/// gives the same error (message, line, column) either way, and what is kept is what a full parse gives.
@Suite("JSON parser: skipped members")
struct JSONParserSkipTests {
  private static let listing = """
    [{"name": "a", "id": "1", "x": [1, -2.5e3, 0.25, true, false, null, {}, []],
      "labels": {"env": "prod", "t\\u00e9": "\\ud83d\\ude00 \\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t"},
      "note": "café ☕", "nested": {"deep": [[{"k": "v"}]]}},
     {"name": "b"}]
    """

  /// The outcome of reading `bytes` element by element, building only the members `keeping` accepts.
  private func visit(_ bytes: [UInt8], keeping: @escaping (String) -> Bool) -> Result<[JSONValue], JSONValue.ParseError>
  {
    var parser = JSONParser(bytes)
    var elements: [JSONValue] = []
    do {
      _ = try parser.visitArrayElements(keeping: keeping) { element, _ in
        elements.append(element)
        return true
      }
      return .success(elements)
    } catch {
      return .failure(error)
    }
  }

  @Test func keptMembersAreThoseOfAFullParse() throws {
    let bytes = Array(Self.listing.utf8)
    let full = try #require(try JSONValue.parse(bytes).arrayValue)
    let kept = try visit(bytes, keeping: { $0 == "name" || $0 == "labels" }).get()
    #expect(kept.count == 2)
    #expect(kept[0] == .object(["name": full[0]["name"]!, "labels": full[0]["labels"]!]))
    #expect(kept[1] == full[1])
  }

  @Test func aRangeReadOnItsOwnGivesTheElement() throws {
    let bytes = Array(Self.listing.utf8)
    var ranges: [Range<Int>] = []
    var parser = JSONParser(bytes)
    _ = try parser.visitArrayElements(keeping: { _ in false }) { _, range in
      ranges.append(range)
      return true
    }
    var second = JSONParser(bytes, from: ranges[1].lowerBound)
    #expect(try second.parseValue(keeping: nil) == .object(["name": .string("b")]))
    var first = JSONParser(bytes, from: ranges[0].lowerBound)
    #expect(try first.parseValue(keeping: { $0 == "note" }) == .object(["note": .string("café ☕")]))
  }

  @Test func checkedTextIsSkippedByItsBracketsAndQuotesToTheSameResult() throws {
    let bytes = Array(Self.listing.utf8)
    var ranges: [Range<Int>] = []
    var parser = JSONParser(bytes)
    _ = try parser.visitArrayElements { _, range in
      ranges.append(range)
      return true
    }
    for range in ranges {
      for field in ["name", "id", "x", "labels", "note", "nested", "none"] {
        var checked = JSONParser(bytes, from: range.lowerBound, checked: true)
        var strict = JSONParser(bytes, from: range.lowerBound)
        #expect(try checked.parseValue(keeping: { $0 == field }) == (try strict.parseValue(keeping: { $0 == field })))
      }
    }
  }

  @Test func everyMutationFailsTheSameWayWhetherBuiltOrSkipped() {
    let original = Array(Self.listing.utf8)
    let replacements: [UInt8] = [0x22, 0x5C, 0x2C, 0x3A, 0x7D, 0x5D, 0x78, 0x30, 0x2D, 0x2E, 0x01, 0x0A, 0xFF, 0xC3]
    var compared = 0
    for position in original.indices {
      for replacement in replacements where original[position] != replacement {
        var mutated = original
        mutated[position] = replacement
        let built = visit(mutated, keeping: { _ in true })
        let skipped = visit(mutated, keeping: { _ in false })
        switch (built, skipped) {
        case (.failure(let expected), .failure(let actual)):
          #expect(actual == expected, "byte \(position) -> \(replacement)")
        case (.success, .success):
          break
        default:
          Issue.record("byte \(position) -> \(replacement): built \(built), skipped \(skipped)")
        }
        compared += 1
      }
      guard position > 0 else { continue }
      let cut = Array(original[..<position])
      #expect(
        (try? visit(cut, keeping: { _ in true }).get()) == nil
          && "\(visit(cut, keeping: { _ in true }))" == "\(visit(cut, keeping: { _ in false }))")
    }
    #expect(compared > 3000)
  }
}
