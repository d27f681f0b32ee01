import Testing

@testable import SDJSON

@Suite struct OutputJSONWriterTests {
  private func written(_ body: (inout JSONWriter) -> Void, indented: Bool = false) -> String {
    var writer = JSONWriter(indented: indented)
    body(&writer)
    return writer.output
  }

  @Test func keepsKeysInTheOrderWritten() {
    let text = written { json in
      json.object { json in
        json.member("z", 1)
        json.member("a", true)
        json.member("m", nil)
        json.member("b", "x")
      }
    }
    #expect(text == #"{"z":1,"a":true,"m":null,"b":"x"}"#)
  }

  @Test func escapesQuotesBackslashesAndControlCharacters() {
    let text = written { $0.value("a\"b\\c\n\r\t\u{08}\u{0C}\u{00}\u{1B}\u{1F}\u{7F}") }
    #expect(text == #""a\"b\\c\n\r\t\b\f\u0000\u001b\u001f"# + "\u{7F}\"")
  }

  @Test func escapesNextToCombiningMarksAndNonASCIIKeepEveryScalar() {
    let value = "\"\u{301}é\n环境\\\u{301}🚀\u{1}"
    let text = written { $0.value(value) }
    #expect(Array(text.utf8) == Array("\"\\\"\u{301}é\\n环境\\\\\u{301}🚀\\u0001\"".utf8))
  }

  @Test func leavesSlashesAndNonASCIIAsTheyAre() {
    let text = written { $0.value("docs/rules/gce/unknown-zone.md 环境 🚀 é") }
    #expect(text == "\"docs/rules/gce/unknown-zone.md 环境 🚀 é\"")
  }

  @Test func writesInvalidUTF8AsReplacementCharacters() {
    let repaired = String(decoding: [0x61, 0xFF, 0x62, 0xC3], as: UTF8.self)
    let text = written { $0.value(repaired) }
    #expect(Array(text.utf8) == [0x22, 0x61, 0xEF, 0xBF, 0xBD, 0x62, 0xEF, 0xBF, 0xBD, 0x22])
  }

  @Test func writesNestedAndEmptyContainersCompactly() {
    let text = written { json in
      json.array { json in
        json.object { _ in }
        json.array { _ in }
        json.array { json in
          json.value(-3)
          json.null()
        }
      }
    }
    #expect(text == "[{},[],[-3,null]]")
  }

  @Test func indentsByTwoSpacesAndKeepsEmptyContainersOnOneLine() {
    let text = written(
      { json in
        json.object { json in
          json.key("list")
          json.array { json in
            json.value(1)
            json.object { json in json.member("k", "v") }
          }
          json.key("empty")
          json.object { _ in }
        }
      }, indented: true)
    #expect(
      text == """
        {
          "list": [
            1,
            {
              "k": "v"
            }
          ],
          "empty": {}
        }
        """)
  }
}
