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

/// An unbraced reference like `$1_vm` that Go reads as the group `1_vm` although `${1}_vm` was meant
/// (or `$host_vm` for a group named `host`).
package struct AmbiguousTemplateReference: Hashable, Sendable {
  /// 0-based offset, in Unicode scalars, of the `$` inside the template.
  package let offset: Int
  /// Length, in Unicode scalars, of the reference as written (`$1_vm` is 5).
  package let length: Int
  /// The reference as written, e.g. `$1_vm`.
  package let written: String
  /// What was probably meant, e.g. `${1}_vm`.
  package let replacement: String
  /// The group the author probably meant, by number (`1`) or name (`host`).
  package let group: String

  /// False when `template` certainly holds no ambiguous reference: every unbraced `$` is followed by at most
  /// one name character (`$1`, `$x`), which leaves no shorter group name to have been meant. Cheap: one byte scan.
  package static func mayOccur(in template: String) -> Bool {
    var bytes = template.utf8.makeIterator()
    var nameLength = -1  // -1 outside a reference; else name bytes read since an unbraced `$`
    while let byte = bytes.next() {
      if nameLength >= 0 {
        // Non-ASCII bytes may belong to letters, so they count as name characters.
        let isName =
          byte >= 0x80 || byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte)
          || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        if isName {
          nameLength += 1
          if nameLength >= 2 { return true }
          continue
        }
        let escaped = nameLength == 0 && byte == UInt8(ascii: "$")
        nameLength = -1
        if escaped { continue }
      }
      if byte == UInt8(ascii: "$") { nameLength = 0 }
    }
    return false
  }

  /// The unbraced references in `template`, in order, whose name is no group but starts with one: a group
  /// number followed by other name characters (`$1_vm`), or one of `groupNames` followed by more
  /// (`$host_vm` when the regex has `(?P<host>…)`). `$$` escapes are skipped as Go skips them.
  package static func find(in template: String, groupNames: [String] = []) -> [AmbiguousTemplateReference] {
    guard template.utf8.contains(UInt8(ascii: "$")) else { return [] }
    let names = Set(groupNames.filter { !$0.isEmpty })
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
      if !reference.isBraced, let meant = intendedGroup(reference.name, names: names) {
        let suffix = reference.name.dropFirst(meant.count)
        found.append(
          AmbiguousTemplateReference(
            offset: offset, length: length, written: "$" + reference.name, replacement: "${\(meant)}\(suffix)",
            group: meant))
      }
      offset += length
      rest = rest[reference.end...]
    }
    return found
  }

  /// The group `name` most likely stands for when `name` itself is no group, else nil.
  private static func intendedGroup(_ name: Substring, names: Set<String>) -> String? {
    if names.contains(String(name)) || TemplateReference.groupNumber(name) != nil { return nil }
    let digits = name.prefix { ("0"..."9").contains($0) }
    if !digits.isEmpty {
      return TemplateReference.groupNumber(digits) != nil ? String(digits) : nil
    }
    var candidate = name.dropLast()
    while !candidate.isEmpty {
      if names.contains(String(candidate)) { return String(candidate) }
      candidate = candidate.dropLast()
    }
    return nil
  }
}
