/// One match of a `GoRegex`: the text it ran on and the UTF-8 offsets of every group.
package struct GoRegexMatch: Sendable {
  /// The text that was searched.
  package let text: String
  /// Start and end UTF-8 offsets per group (group 0 first); -1 for a group that did not take part.
  package let offsets: [Int]

  /// The text of group `index`, nil when the group does not exist or did not take part.
  package func group(_ index: Int) -> Substring? {
    guard 2 * index + 1 < offsets.count else { return nil }
    let start = offsets[2 * index]
    let end = offsets[2 * index + 1]
    guard start >= 0, end >= start else { return nil }
    let utf8 = text.utf8
    return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
  }
}
