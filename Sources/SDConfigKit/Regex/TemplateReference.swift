/// A `$name` / `${name}` reference in a replacement template, read with Go's `Regexp.Expand` rules:
/// the name is the longest run of letters, digits and `_`, so `$1_vm` names the group `1_vm`.
struct TemplateReference: Hashable, Sendable {
  /// The group name or number as written (`1`, `1_vm`, `host`).
  let name: Substring
  /// True for the `${name}` form.
  let isBraced: Bool
  /// Where the text after the reference starts.
  let end: Substring.Index

  /// Reads a reference at the start of `text` (just after a `$`); nil when Go treats the `$` as literal.
  static func parse(_ text: Substring) -> TemplateReference? {
    var rest = text
    let isBraced = rest.first == "{"
    if isBraced { rest = rest.dropFirst() }
    let nameEnd = rest.unicodeScalars.firstIndex { !isNameScalar($0) } ?? rest.endIndex
    let name = rest[..<nameEnd]
    guard !name.isEmpty else { return nil }
    var end = nameEnd
    if isBraced {
      guard end < rest.endIndex, rest[end] == "}" else { return nil }
      end = rest.index(after: end)
    }
    return TemplateReference(name: name, isBraced: isBraced, end: end)
  }

  /// The group number when `name` is a decimal without a leading zero (Go's rule), else nil.
  static func groupNumber(_ name: Substring) -> Int? {
    guard name.utf8.allSatisfy({ (0x30...0x39).contains($0) }), name.utf8.count <= 8 else { return nil }
    if name.count > 1 && name.first == "0" { return nil }
    return Int(name)
  }

  private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "_" { return true }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
      return true
    default:
      return false
    }
  }
}

/// An unbraced reference like `$1_vm` that Go reads as the group `1_vm` although `${1}_vm` was meant.
public struct AmbiguousTemplateReference: Hashable, Sendable {
  /// 0-based offset, in Unicode scalars, of the `$` inside the template.
  public let offset: Int
  /// Length, in Unicode scalars, of the reference as written (`$1_vm` is 5).
  public let length: Int
  /// The reference as written, e.g. `$1_vm`.
  public let written: String
  /// What was probably meant, e.g. `${1}_vm`.
  public let replacement: String
  /// The group number the author probably meant.
  public let group: Int

  /// The unbraced references in `template` whose name starts with a group number and goes on with
  /// other name characters, in order; `$$` escapes are skipped as Go skips them.
  public static func find(in template: String) -> [AmbiguousTemplateReference] {
    var found: [AmbiguousTemplateReference] = []
    var rest = Substring(template)
    var offset = 0
    while let dollar = rest.firstIndex(of: "$") {
      offset += rest.unicodeScalars[rest.startIndex..<dollar].count
      rest = rest[rest.index(after: dollar)...]
      if rest.first == "$" {
        rest = rest.dropFirst()
        offset += 2
        continue
      }
      guard let reference = TemplateReference.parse(rest) else {
        offset += 1
        continue
      }
      let length = 1 + rest.unicodeScalars[rest.startIndex..<reference.end].count
      let digits = reference.name.prefix { ("0"..."9").contains($0) }
      if !reference.isBraced, !digits.isEmpty, digits.count < reference.name.count,
        let group = TemplateReference.groupNumber(digits)
      {
        let suffix = reference.name.dropFirst(digits.count)
        found.append(
          AmbiguousTemplateReference(
            offset: offset, length: length, written: "$" + reference.name, replacement: "${\(digits)}\(suffix)",
            group: group))
      }
      offset += length
      rest = rest[reference.end...]
    }
    return found
  }
}
