import GoRegex

/// The analysis questions of `GoRegex`, asked of the anchored relabel expression.
extension RelabelRegex {
  /// True when the regex matches the empty value (what a missing source label gives).
  package var matchesEmpty: Bool { regex.matchesEmpty }

  /// The single value the regex matches when the pattern is a plain literal (`RUNNING`, `a\.b`), else nil.
  package var literalValue: String? { regex.literalValue }

  /// Every value the regex can match, when that set is finite and at most `limit` values; nil otherwise.
  package func finiteValues(limit: Int = 64) -> [String]? { regex.finiteValues(limit: limit) }

  /// True when the regex matches at least one of `values`.
  package func matchesAny(of values: some Sequence<String>) -> Bool { regex.matchesAny(of: values) }

  /// True when the regex might match some value made of `prefix`, any scalars, then `suffix`.
  package func canMatch(prefix: String, suffix: String) -> Bool { regex.canMatch(prefix: prefix, suffix: suffix) }
}
