import SDCore

/// A Google Cloud project identifier as written in a config: which form it has and what is wrong with it.
package struct ProjectID: Hashable, Sendable {
  /// The shape of a project identifier.
  package enum Form: Hashable, Sendable {
    /// A modern project id such as `acme-monitoring-prod`.
    case standard
    /// A legacy domain-scoped project such as `example.com:my-project`.
    case domainScoped(domain: String, name: String)
    /// A project number (1 to 19 digits) such as `123456789012`.
    case number
  }

  /// One thing worth saying about a project id.
  package struct Finding: Hashable, Sendable {
    /// How serious it is.
    package let severity: Severity
    /// One sentence: what is wrong and what to do.
    package let reason: String
  }

  /// Substrings Google refuses in project ids.
  static let forbiddenWords = ["google", "ssl"]
  /// Substrings Google advises against in project ids.
  static let discouragedWords = ["null", "undefined"]

  /// The text as written.
  package let text: String
  /// The form the text has (judged by its characters; findings say whether it is valid).
  package let form: Form
  /// Everything wrong or noteworthy, errors first; empty for a valid standard or domain-scoped id.
  package let findings: [Finding]

  /// Checks a project id against Resource Manager's rules and the Compute API's path pattern.
  package init(_ text: String) {
    self.text = text
    let bytes = Array(text.utf8)
    if !bytes.isEmpty, bytes.count <= 19, bytes.allSatisfy(GCEName.isDigit) {
      form = .number
      findings = [
        Finding(
          severity: .info,
          reason:
            "'\(text)' is a project number; the API accepts it, but __meta_gce_project will be "
            + "the number, so use the project id if relabel rules or dashboards expect the id")
      ]
    } else if let colon = text.firstIndex(of: ":") {
      let domain = String(text[..<colon])
      let name = String(text[text.index(after: colon)...])
      form = .domainScoped(domain: domain, name: name)
      findings = Self.domainScopedFindings(text: text, domain: domain, name: name)
    } else {
      form = .standard
      findings = Self.standardFindings(text)
    }
  }

  /// True when no finding is an error.
  package var isValid: Bool { findings.allSatisfy { $0.severity < .error } }

  private static func standardFindings(_ text: String) -> [Finding] {
    if text.isEmpty {
      return [
        Finding(
          severity: .error, reason: "the project id is empty; set it to the id of the project")
      ]
    }
    let trimmed = Substring(text).trimmingASCIIWhitespace()
    if trimmed != Substring(text) {
      return [error("project id '\(text)' has spaces around it; write '\(trimmed)'")]
    }
    var findings: [Finding] = []
    let defects = standardDefects(text)
    if !defects.isEmpty {
      findings.append(error("project id '\(text)' \(listed(defects)); \(rules)"))
    }
    let lowercased = text.lowercased()
    for word in discouragedWords where lowercased.contains(word) {
      findings.append(
        Finding(
          severity: .warning,
          reason:
            "project id '\(text)' contains '\(word)', which Google advises against; check it is intended"
        ))
    }
    return findings
  }

  /// What a project id must be, said after its defects.
  private static let rules =
    "a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and "
    + "does not end with a hyphen"

  /// Every way `text` breaks the rules for a standard project id, as phrases ("contains '_'").
  private static func standardDefects(_ text: String) -> [String] {
    var defects = characterDefects(text)
    let scalars = text.unicodeScalars
    if let first = scalars.first, !("a"..."z").contains(first), !("A"..."Z").contains(first) {
      defects.append("starts with '\(first)'")
    }
    if text.hasSuffix("-") { defects.append("ends with a hyphen") }
    let length = scalars.count
    if !(6...30).contains(length) { defects.append("has \(length) characters") }
    return defects
  }

  /// The defects visible in the characters alone, as one phrase ("contains upper-case letters and '_'"):
  /// upper case, characters outside `[a-z0-9-]`, and the words Google forbids.
  private static func characterDefects(_ text: Substring) -> [String] {
    var contained: [String] = []
    let scalars = text.unicodeScalars
    if scalars.contains(where: { ("A"..."Z").contains($0) }) { contained.append("upper-case letters") }
    for scalar in scalars where !isIDScalar(scalar) && !("A"..."Z").contains(scalar) {
      let shown = scalar == " " ? "a space" : "'\(scalar)'"
      if !contained.contains(shown) { contained.append(shown) }
    }
    let lowercased = text.lowercased()
    for word in forbiddenWords where lowercased.contains(word) {
      contained.append("'\(word)', which Google forbids,")
    }
    guard !contained.isEmpty else { return [] }
    var phrase = "contains " + listed(contained)
    if phrase.hasSuffix(",") { phrase.removeLast() }
    return [phrase]
  }

  private static func characterDefects(_ text: String) -> [String] { characterDefects(Substring(text)) }

  /// The findings of a project value that holds templating placeholders (`prod_${ENV}`), given the
  /// placeholders' UTF-8 offsets in `text`: only what the literal parts alone prove, in one finding.
  package static func literalFindings(of text: String, placeholders: [Range<Int>]) -> [Finding] {
    let utf8 = Array(text.utf8)
    var literals: [Range<Int>] = []
    var position = 0
    for placeholder in placeholders {
      if placeholder.lowerBound > position { literals.append(position..<placeholder.lowerBound) }
      position = max(position, placeholder.upperBound)
    }
    if position < utf8.count { literals.append(position..<utf8.count) }
    let pieces = literals.map { String(decoding: utf8[$0], as: UTF8.self) }
    var defects = characterDefects(Substring(pieces.joined()))
    if let first = literals.first, first.lowerBound == 0, let scalar = pieces[0].unicodeScalars.first,
      !("a"..."z").contains(scalar), !("A"..."Z").contains(scalar)
    {
      defects.append("starts with '\(scalar)'")
    }
    if let last = literals.last, last.upperBound == utf8.count, text.hasSuffix("-") {
      defects.append("ends with a hyphen")
    }
    let literalLength = pieces.reduce(0) { $0 + $1.unicodeScalars.count }
    if literalLength > 30 { defects.append("has \(literalLength) characters besides its placeholders") }
    guard !defects.isEmpty else { return [] }
    return [error("project id '\(text)' \(listed(defects)) outside its placeholders; \(rules)")]
  }

  /// "a", "a and b", "a, b and c".
  private static func listed(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  private static func domainScopedFindings(text: String, domain: String, name: String) -> [Finding] {
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    let domainIsValid =
      labels.count >= 2
      && labels.allSatisfy {
        !$0.isEmpty && $0.utf8.count <= 63 && $0.utf8.allSatisfy(GCEName.isNameByte)
      }
      && GCEName.isResourceName(labels.last!)
    let nameBytes = Array(name.utf8)
    let nameIsValid =
      !nameBytes.isEmpty && nameBytes.count <= 63 && nameBytes.allSatisfy(GCEName.isNameByte)
      && nameBytes.first != UInt8(ascii: "-") && nameBytes.last != UInt8(ascii: "-")
    if domainIsValid && nameIsValid { return [] }
    return [
      error(
        "project id '\(text)' is not a valid domain-scoped id; write it as domain:project, "
          + "e.g. 'example.com:my-project', in lower case")
    ]
  }

  private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }

  private static func error(_ reason: String) -> Finding {
    Finding(severity: .error, reason: reason)
  }
}
