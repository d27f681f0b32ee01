import GCEKnowledge

/// What the translators need to know about the field a restriction names.
struct FilterFieldTraits {
  /// Why ordering comparisons may differ between the dialects.
  static let orderingDifference =
    "gcloud compares numbers numerically and everything else as text; the API's typing may differ"
  /// Why `!=` on a label differs between the dialects.
  static let labelAbsenceDifference = "gcloud keeps instances without the label, the API drops them"
  /// Why `*` patterns differ between the dialects.
  static let patternCaseDifference = "gcloud ':' patterns ignore case; API wildcards do not"

  /// What the API path names.
  let lookup: InstanceFieldLookup

  init(apiPath: String) {
    lookup = InstanceFieldCatalogue.lookup(apiPath)
  }

  /// The catalogued field, nil for labels and unknown paths.
  var field: InstanceField? {
    if case .field(let field) = lookup { return field }
    return nil
  }

  /// True for `labels.KEY`.
  var isLabel: Bool {
    if case .label = lookup { return true }
    return false
  }

  /// The enum values of an enum field, empty otherwise.
  var enumValues: [String] { field?.enumValues ?? [] }

  /// True for fields whose values are always lower case (labels, instance names), where a
  /// case-insensitive comparison with a lower-case value selects exactly what a case-sensitive one does.
  var isLowercaseOnly: Bool { isLabel || field?.path == "name" }

  /// True for booleans and numbers, which both dialects compare by value.
  var isScalarValue: Bool {
    switch field?.kind {
    case .boolean, .integer, .numericString: return true
    default: return false
    }
  }

  /// Why gcloud's case-insensitive `=` may differ from the API's exact `=` for `value`, nil when it cannot.
  func caseDifference(_ value: String) -> String? {
    if isScalarValue { return nil }
    if !enumValues.isEmpty {
      return enumValues.contains(value.uppercased())
        ? nil : "'\(value)' is not a value of this enum, so the API matches nothing"
    }
    if isLowercaseOnly, value == value.lowercased() { return nil }
    return isLowercaseOnly
      ? "gcloud compares case-insensitively but these values are lower case, so the API matches nothing"
      : "gcloud compares case-insensitively, the API exactly"
  }

  /// Why gcloud's substring `:` on an enum may differ from API equality, nil when the value is a
  /// complete enum name that no other value contains.
  func enumPatternDifference(_ value: String) -> String? {
    let upper = value.uppercased()
    guard enumValues.contains(upper) else {
      return "'\(value)' is not a value of this enum; gcloud ':' matched it as a substring"
    }
    if let longer = enumValues.first(where: { $0 != upper && $0.contains(upper) }) {
      return "gcloud ':' also matches \(longer), which contains \(upper)"
    }
    return nil
  }
}
