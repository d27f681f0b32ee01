extension CaseIterable where Self: RawRepresentable, RawValue == String {
  /// The case whose raw value is `name`: compares UTF-8 lengths before text, which is much cheaper than
  /// the string switch behind `init(rawValue:)` when only a few names share a length.
  static func named(_ name: String) -> Self? {
    let length = name.utf8.count
    return allCases.first { $0.rawValue.utf8.count == length && $0.rawValue == name }
  }
}
