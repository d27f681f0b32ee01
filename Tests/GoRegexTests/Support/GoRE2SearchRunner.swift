@testable import GoRegex

/// Runs `re2-search.txt` as Go's `TestRE2Search` does: each regexp on each string of its stanza,
/// four ways (whole text, search, and both again leftmost-longest), match positions compared.
enum GoRE2SearchRunner {
  /// The error Go's test accepts and skips: Go does not support `\C` (any byte).
  private static let unsupportedAnyByte = "error parsing regexp: invalid escape sequence: `\\C`"

  /// Reads `bytes` (the file) into `tally`; `file` names it in the findings. Throws on a malformed file.
  static func run(_ bytes: [UInt8], file: String, into tally: inout GoVectorTally) throws(GoVectorFileError) {
    var strings: [[UInt8]] = []
    var pending: [[UInt8]] = []
    var inStrings = false
    var regexes: (search: GoRegex, whole: GoRegex)?
    var longestRegexes: (search: GoRegex, whole: GoRegex)?
    var compiled = false
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (offset, line) in lines.enumerated() {
      let place = "\(file):\(offset + 1)"
      guard let first = line.first else { throw GoVectorFileError(place: place, problem: "blank line") }
      switch first {
      case UInt8(ascii: "#"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        continue
      case _ where line.elementsEqual("strings".utf8):
        strings = []
        inStrings = true
      case _ where line.elementsEqual("regexps".utf8):
        inStrings = false
      case UInt8(ascii: "\""):
        guard let value = GoQuoted.unquote(line) else {
          throw GoVectorFileError(place: place, problem: "cannot unquote")
        }
        if inStrings {
          strings.append(value)
          continue
        }
        guard pending.isEmpty else { throw GoVectorFileError(place: place, problem: "strings left over") }
        guard let pattern = String(validating: value, as: UTF8.self) else {
          throw GoVectorFileError(place: place, problem: "pattern is not UTF-8")
        }
        compiled = false
        do {
          let whole = "\\A(?:" + pattern + ")\\z"
          regexes = (try GoRegex(pattern), try GoRegex(whole))
          longestRegexes = (
            try GoRegex(pattern, syntax: .perl, longest: true), try GoRegex(whole, syntax: .perl, longest: true)
          )
          compiled = true
          pending = strings
        } catch {
          // Go's test skips a regexp that fails with the `\C` error; any other error is a finding.
          if error.message != unsupportedAnyByte { tally.record(place, "compile `\(pattern)`: \(error.message). ") }
        }
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard compiled, let regexes, let longestRegexes else {
          tally.skip()
          continue
        }
        guard !pending.isEmpty else { throw GoVectorFileError(place: place, problem: "no string left") }
        let text = pending.removeFirst()
        if text.contains(where: { $0 >= 0x80 }) && regexes.search.pattern.contains("\\B") {
          // Go's \B looks only between runes while RE2's looks between bytes; Go's test skips these.
          tally.skip()
          continue
        }
        let results = line.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        guard results.count == 4 else { throw GoVectorFileError(place: place, problem: "want 4 results") }
        var problems = ""
        let runs = [regexes.whole, regexes.search, longestRegexes.whole, longestRegexes.search]
        for (regex, result) in zip(runs, results) {
          let want = try offsets(result, place: place)
          if let problem = GoVectorTally.compare(regex, on: text, want: want) { problems += problem }
        }
        tally.record(place, problems.isEmpty ? nil : problems)
      default:
        throw GoVectorFileError(place: place, problem: "out of sync")
      }
    }
    if !pending.isEmpty { throw GoVectorFileError(place: file, problem: "strings left at the end") }
  }

  /// `-` (no match) or space-separated `lo-hi` pairs, `-` for a group that did not take part.
  private static func offsets(_ result: ArraySlice<UInt8>, place: String) throws(GoVectorFileError) -> [Int]? {
    if result.elementsEqual("-".utf8) { return nil }
    var offsets: [Int] = []
    for pair in result.split(separator: UInt8(ascii: " ")) {
      if pair.elementsEqual("-".utf8) {
        offsets += [-1, -1]
        continue
      }
      let parts = pair.split(separator: UInt8(ascii: "-")).map { Int(String(decoding: $0, as: UTF8.self)) }
      guard parts.count == 2, let low = parts[0], let high = parts[1], low <= high else {
        throw GoVectorFileError(place: place, problem: "invalid pair")
      }
      offsets += [low, high]
    }
    return offsets
  }
}
