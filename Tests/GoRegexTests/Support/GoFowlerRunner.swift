@testable import GoRegex

/// Runs an AT&T POSIX test file (`basic.dat`, `nullsubexpr.dat`, `repetition.dat`) as Go's
/// `TestFowler` does: `E` (and `L`, the pattern quoted) lines compiled with POSIX syntax plus
/// `ClassNL` and leftmost-longest matching, the listed match positions compared.
enum GoFowlerRunner {
  /// Reads `bytes` (the file) into `tally`; `file` names it in the findings. Throws on a malformed file.
  static func run(_ bytes: [UInt8], file: String, into tally: inout GoVectorTally) throws(GoVectorFileError) {
    var lastPattern: [UInt8] = []
    // Like Go's ReadString loop: only lines ending in a newline count.
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    for (offset, line) in lines.enumerated() {
      let place = "\(file):\(offset + 1)"
      if line.first == UInt8(ascii: "#") || line.isEmpty { continue }
      var fields = line.split(separator: 0x09).map { Array($0) }
      if fields.contains(where: { $0.elementsEqual("NIL".utf8) }) { continue }
      fields = fields.map { $0.elementsEqual("NULL".utf8) ? [] : $0 }
      guard var flag = fields.first else { continue }
      switch flag[0] {
      case UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: "{"),
        UInt8(ascii: "}"):
        flag.removeFirst()
        if flag.isEmpty { continue }
      case UInt8(ascii: ":"):
        guard let close = flag.dropFirst().firstIndex(of: UInt8(ascii: ":")) else { continue }
        flag = Array(flag[(close + 1)...])
      case UInt8(ascii: "C"), UInt8(ascii: "N"), UInt8(ascii: "T"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        continue
      default:
        break
      }
      guard fields.count >= 4 else { throw GoVectorFileError(place: place, problem: "too few fields") }
      if flag.contains(UInt8(ascii: "$")) {
        for index in 1...2 {
          guard let value = GoQuoted.unquote(ArraySlice([0x22] + fields[index] + [0x22])) else {
            throw GoVectorFileError(place: place, problem: "cannot unquote field \(index + 1)")
          }
          fields[index] = value
        }
      }
      if fields[1].elementsEqual("SAME".utf8) { fields[1] = lastPattern }
      lastPattern = fields[1]
      let outcome = try outcome(fields[3], place: place)
      var syntax: GoRegexSyntax = .classNL
      if flag.contains(UInt8(ascii: "i")) { syntax.insert(.foldCase) }
      for mode in flag where mode == UInt8(ascii: "E") || mode == UInt8(ascii: "L") {
        let source = mode == UInt8(ascii: "L") ? GoQuoted.quoteMeta(fields[1]) : fields[1]
        tally.record(place, check(source, syntax: syntax, text: fields[2], outcome: outcome))
      }
    }
  }

  /// Field 4: a compile error name, or the match positions (nil: no match; empty: a match, no positions).
  private enum Outcome {
    case compileError
    case match([Int]?)

    var isCompileError: Bool {
      if case .compileError = self { return true }
      return false
    }
  }

  private static func check(_ source: [UInt8], syntax: GoRegexSyntax, text: [UInt8], outcome: Outcome) -> String? {
    let regex: GoRegex
    do throws(GoRegexError) {
      // A pattern that is not UTF-8 cannot be a String; Go refuses it too (invalid UTF-8).
      guard let pattern = String(validating: source, as: UTF8.self) else {
        return outcome.isCompileError ? nil : "pattern is not UTF-8. "
      }
      regex = try GoRegex(pattern, syntax: syntax, longest: true)
    } catch {
      return outcome.isCompileError ? nil : "did not compile: \(error.message). "
    }
    guard case .match(let want) = outcome else { return "`\(regex.pattern)` should not compile. " }
    return GoVectorTally.compare(regex, on: text, want: want, prefixOnly: true)
  }

  /// Parses field 4 as Go's `parseFowlerResult` does.
  private static func outcome(_ field: [UInt8], place: String) throws(GoVectorFileError) -> Outcome {
    if field.isEmpty { return .match([]) }
    if field.elementsEqual("NOMATCH".utf8) { return .match(nil) }
    if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(field[0]) { return .compileError }
    var offsets: [Int] = []
    var rest = field[...]
    while !rest.isEmpty {
      var end = UInt8(ascii: ")")
      if offsets.count % 2 == 0 {
        guard rest.first == UInt8(ascii: "(") else { throw GoVectorFileError(place: place, problem: "bad result") }
        rest = rest.dropFirst()
        end = UInt8(ascii: ",")
      }
      guard let stop = rest.firstIndex(of: end), stop > rest.startIndex else {
        throw GoVectorFileError(place: place, problem: "bad result")
      }
      let token = String(decoding: rest[..<stop], as: UTF8.self)
      if token == "?" {
        offsets.append(-1)
      } else if let value = Int(token) {
        offsets.append(value)
      } else {
        throw GoVectorFileError(place: place, problem: "bad result")
      }
      rest = rest[(stop + 1)...]
    }
    guard offsets.count % 2 == 0 else { throw GoVectorFileError(place: place, problem: "bad result") }
    return .match(offsets)
  }
}
