import Testing

@testable import SDYAML

@Suite struct ShortStringsTests {
  /// `table.string` of `text`'s bytes.
  private func string(_ text: String, in table: inout ShortStrings) -> String {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { table.string($0) }
  }

  @Test func givesTheTextOfTheBytesAtEveryLengthAndAgainOnRepeat() {
    var table = ShortStrings()
    let texts = (0...20).map { String(repeating: "k", count: $0) } + ["job_name", "job_namf", "a\u{0}", "a"]
    for text in texts + texts.reversed() + texts {
      #expect(string(text, in: &table) == text)
    }
  }

  @Test func keepsTheRightTextWhenTextsOutnumberTheSlots() {
    var table = ShortStrings()
    // Far more distinct texts than slots, so that slots are shared and replaced; each is read twice.
    let texts = (0..<20_000).map { "svc-\($0)" }
    for text in texts { #expect(string(text, in: &table) == text) }
    for text in texts.reversed() { #expect(string(text, in: &table) == text) }
  }

  @Test func textsThatDifferOnlyInLengthStayApart() {
    var table = ShortStrings()
    // "a" followed by NUL bytes packs like "a" but for the stored length.
    #expect(string("a", in: &table) == "a")
    #expect(string("a\u{0}\u{0}", in: &table) == "a\u{0}\u{0}")
    #expect(string("a", in: &table) == "a")
    #expect(string("", in: &table) == "")
  }
}
