import GCEKnowledge

/// What the translators need to know about the field a restriction names.
struct FilterFieldTraits {
  /// Why ordering comparisons may differ between the dialects.
  static let orderingDifference =
    "gcloud compares numbers by value, a missing value as '' and everything else as text; the API's typing may differ"
  /// Why `=` on a label may differ: gcloud folds accents.
  static let accentDifference = "gcloud ignores accents (it also keeps 'zürich' for 'zurich'); the API compares exactly"
  /// Why `=` on a label with a number or boolean may differ.
  static let numericDifference =
    "gcloud compares numbers and true/false by value (it also keeps '007' for 7 and '1' for true); the API compares text"
  /// Why `=` on free text may differ.
  static let textDifference =
    "gcloud ignores case and accents and matches any line of the value; the API compares the whole value exactly"
  /// Why `:` on free text may differ.
  static let substringDifference =
    "gcloud ':' matches case-insensitively anywhere in the value; the API '=' matches the whole value"
  /// Why `=false` / `=0` may differ.
  static let missingDefaultSkipped = "gcloud skips instances without the field, which the API reads as its default"
  /// Why `!=false` / `!=0` may differ.
  static let missingDefaultKept = "gcloud keeps instances without the field, which the API reads as its default"
  /// Why timestamp comparisons may differ.
  static let timestampDifference = "gcloud compares timestamps as instants, honouring UTC offsets; the API compares the text"
  /// Why a regex on a boolean may differ.
  static let booleanRegexDifference = "gcloud's regex sees a boolean as True or False, the API's as true or false"
  /// Why a regex on a label that matches "" may differ.
  static let regexMissingDifference =
    "gcloud tests a missing label as '', which this regex matches; the API skips instances without the label"
  /// Why `!=` on a label differs between the dialects.
  static let labelAbsenceDifference = "gcloud keeps instances without the label, the API drops them"
  /// Why `*` patterns differ between the dialects.
  static let patternCaseDifference = "gcloud ':' patterns ignore case; API wildcards do not"

  /// Why an ordering comparison may differ; nil for a number on a numeric field where a missing
  /// field (gcloud: '', before any number; API: 0) falls on the same side.
  static func orderingReason(_ fieldClass: FilterFieldClass, _ text: String, _ op: FilterOperator) -> String? {
    guard fieldClass == .integer, let number = GcloudRestrictionTranslator.number(text), let zero = PythonNumber(0).compare(number) else {
      return FilterFieldTraits.orderingDifference
    }
    let gcloudKeepsMissing = op == .less || op == .lessOrEqual
    let apiKeepsMissing: Bool
    switch op {
    case .less: apiKeepsMissing = zero < 0
    case .lessOrEqual: apiKeepsMissing = zero <= 0
    case .greater: apiKeepsMissing = zero > 0
    default: apiKeepsMissing = zero >= 0
    }
    return gcloudKeepsMissing == apiKeepsMissing ? nil : FilterFieldTraits.missingDefaultKept
  }

  /// Why a regex using `\d \w \s \b` (or their negations) may match differently, nil when it does not
  /// use them or the field holds only ASCII (names, URLs, enums, numbers, booleans, timestamps).
  static func unicodeClassDifference(_ regex: String, _ fieldClass: FilterFieldClass) -> String? {
    guard fieldClass == .label || fieldClass == .text else { return nil }
    guard ["\\d", "\\w", "\\s", "\\b", "\\D", "\\W", "\\S", "\\B"].contains(where: regex.contains) else { return nil }
    return "'\\d', '\\w', '\\s' and '\\b' cover Unicode in gcloud's Python regexes but only ASCII in RE2"
  }

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

  /// Why gcloud's `=` may select other instances than the API's `=` with the enum value `value`,
  /// nil when it cannot: the API compares enum names exactly, gcloud ignores case.
  func enumValueDifference(_ value: String) -> String? {
    if enumValues.contains(value) { return nil }
    return enumValues.contains(value.uppercased())
      ? "gcloud ignores case, and enum names are upper case, so the API matches nothing"
      : "'\(value)' is not a value of this enum, so the API matches nothing"
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
