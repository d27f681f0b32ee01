@testable import GoRegex

/// What running Go's regexp vectors found: how many cases ran, which disagreed (by `file:line`) and
/// how many were left out exactly where Go's own `exec_test.go` leaves them out.
struct GoVectorTally {
  /// Cases compared with the file.
  private(set) var run = 0
  /// Cases Go's own test does not check either (`\C` patterns, `\B` on non-ASCII text).
  private(set) var skippedAsGo = 0
  /// What went wrong, by `file:line`.
  private(set) var disagreements: [String: String] = [:]

  /// Records one case: `problem` is nil when the engine agreed with the file.
  mutating func record(_ place: String, _ problem: String?) {
    run += 1
    if let problem { disagreements[place, default: ""] += problem }
  }

  /// Records a case Go's own test skips.
  mutating func skip() { skippedAsGo += 1 }

  /// How `regex` runs on `text` against `want`, Go's `FindSubmatchIndex` (nil: no match): nil when
  /// it agrees, else what differs. With `prefixOnly` (Fowler's files) only the offsets `want` lists
  /// count. The String API must give what the byte API gives whenever the text is valid UTF-8.
  static func compare(_ regex: GoRegex, on text: [UInt8], want: [Int]?, prefixOnly: Bool = false) -> String? {
    var problems: [String] = []
    let found = regex.submatchOffsets(in: text)
    let compared = prefixOnly && want != nil ? found.map { Array($0.prefix(want!.count)) } : found
    if compared != want { problems.append("FindSubmatchIndex = \(describe(found)), want \(describe(want))") }
    let matched = regex.matches(bytes: text)
    if matched != (want != nil) { problems.append("Match = \(matched)") }
    if let string = String(validating: text, as: UTF8.self) {
      if regex.firstMatch(in: string)?.offsets != found { problems.append("firstMatch(in:) differs from the byte API") }
      if regex.matches(string) != matched { problems.append("matches(_:) differs from the byte API") }
    }
    guard !problems.isEmpty else { return nil }
    let shown = String(decoding: text, as: UTF8.self).debugDescription
    return "`\(regex.pattern)`\(regex.longest ? " [longest]" : "") on \(shown): " + problems.joined(separator: "; ")
      + ". "
  }

  private static func describe(_ offsets: [Int]?) -> String {
    offsets.map { "\($0)" } ?? "nil"
  }
}
