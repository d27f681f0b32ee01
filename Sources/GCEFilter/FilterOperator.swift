/// A comparison in a filter restriction, from either dialect.
package enum FilterOperator: String, Sendable, Hashable, CaseIterable {
  /// `=`: equality.
  case equal = "="
  /// `!=`: inequality.
  case notEqual = "!="
  /// `<`.
  case less = "<"
  /// `<=`.
  case lessOrEqual = "<="
  /// `>`.
  case greater = ">"
  /// `>=`.
  case greaterOrEqual = ">="
  /// `:`: "has" in the API, pattern match in gcloud.
  case has = ":"
  /// gcloud `~`: unanchored regex search.
  case regexSearch = "~"
  /// gcloud `!~`: no unanchored regex match.
  case regexNotSearch = "!~"
  /// API `eq`: RE2 regex matching the whole value.
  case regexEqual = "eq"
  /// API `ne`: RE2 regex not matching the whole value.
  case regexNotEqual = "ne"

  /// True for the API's `eq`/`ne` regex dialect.
  package var isAPIRegex: Bool { self == .regexEqual || self == .regexNotEqual }

  /// True for the regex operators of either dialect (`~ !~ eq ne`).
  package var isRegex: Bool { isAPIRegex || self == .regexSearch || self == .regexNotSearch }

  /// True for the ordering comparisons `< <= > >=`.
  package var isOrdering: Bool {
    self == .less || self == .lessOrEqual || self == .greater || self == .greaterOrEqual
  }

  /// The operator that holds exactly when this one does not, where one exists in the AIP dialect.
  var negated: FilterOperator? {
    switch self {
    case .equal: return .notEqual
    case .notEqual: return .equal
    case .less: return .greaterOrEqual
    case .lessOrEqual: return .greater
    case .greater: return .lessOrEqual
    case .greaterOrEqual: return .less
    case .regexEqual: return .regexNotEqual
    case .regexNotEqual: return .regexEqual
    case .regexSearch: return .regexNotSearch
    case .regexNotSearch: return .regexSearch
    case .has: return nil
    }
  }
}
