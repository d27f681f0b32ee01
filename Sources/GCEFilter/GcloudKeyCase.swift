/// The key spellings gcloud tries when a resource has no member of the exact name
/// (`resource_property.GetMatchingIndex`): camelCase, then snake_case.
enum GcloudKeyCase {
  /// `name` followed by its camelCase and snake_case spellings, in the order gcloud tries them.
  static func variants(_ name: String) -> [String] {
    [name, camelCase(name), snakeCase(name)]
  }

  /// `machine_type` → `machineType`: the first part kept, each later part title-cased.
  static func camelCase(_ name: String) -> String {
    let parts = name.split(separator: "_", omittingEmptySubsequences: false)
    return String(parts[0]) + parts.dropFirst().map(titleCased).joined()
  }

  /// Python's `str.title()`: a letter after a non-letter upper-cased, every other letter lower-cased.
  private static func titleCased(_ part: Substring) -> String {
    var result = ""
    var afterLetter = false
    for character in part {
      result += afterLetter ? character.lowercased() : character.uppercased()
      afterLetter = character.isLetter
    }
    return result
  }

  /// `costCenter` → `cost_center`, `HTTPServer` → `http_server`: an underscore before each upper-case
  /// run that ends a word or starts one, then lower case.
  static func snakeCase(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    func isUpper(_ at: Int) -> Bool { at < scalars.count && ("A"..."Z").contains(scalars[at]) }
    func isLower(_ at: Int) -> Bool { at < scalars.count && ("a"..."z").contains(scalars[at]) }
    func isLowerOrDigit(_ at: Int) -> Bool { isLower(at) || (at < scalars.count && ("0"..."9").contains(scalars[at])) }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if isUpper(index), index > 0 {
        if isLowerOrDigit(index - 1), let end = runEnd(from: index, count: scalars.count, isUpper: isUpper, isLower: isLower) {
          result.append("_")
          result.append(contentsOf: scalars[index..<end])
          index = end
          continue
        }
        if isLower(index + 1) {
          result.append("_")
        }
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result).lowercased()
  }

  /// The end of the longest upper-case run from `start` that reaches the end of the name or is
  /// followed by an upper-case letter that starts a lower-case word; nil when there is none.
  private static func runEnd(from start: Int, count: Int, isUpper: (Int) -> Bool, isLower: (Int) -> Bool) -> Int? {
    var end = start
    while isUpper(end) { end += 1 }
    if end == count { return end }
    for candidate in stride(from: end - 1, to: start, by: -1) where isUpper(candidate) && isLower(candidate + 1) {
      return candidate
    }
    return nil
  }
}
