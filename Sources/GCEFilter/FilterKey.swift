/// The left-hand side of a restriction: a dotted field path, with the gcloud-only extras
/// (quoted parts, `[n]` indexes, a `.transform()` call) kept so they can be refused precisely.
package struct FilterKey: Sendable, Hashable {
  /// One dotted segment of a key.
  package struct Part: Sendable, Hashable {
    /// The segment's name.
    package var name: String
    /// True when written in quotes (gcloud `labels."my.key"`).
    package var quoted: Bool
    /// The texts inside each `[...]` after the name (gcloud only), e.g. `["0"]` or `[""]`.
    package var indexes: [String]

    /// Creates a segment.
    package init(name: String, quoted: Bool = false, indexes: [String] = []) {
      self.name = name
      self.quoted = quoted
      self.indexes = indexes
    }
  }

  /// The segments, in order.
  package var parts: [Part]
  /// A gcloud transform applied to the key, e.g. `basename()`; nil when none.
  package var transform: String?

  /// Creates a key from segments.
  package init(parts: [Part], transform: String? = nil) {
    self.parts = parts
    self.transform = transform
  }

  /// Creates a plain key from a dotted path such as `labels.env`.
  package init(path: String) {
    self.init(parts: path.split(separator: ".", omittingEmptySubsequences: false).map { Part(name: String($0)) })
  }

  /// The segment names joined with dots.
  package var path: String {
    guard parts.count > 1 else { return parts.first?.name ?? "" }
    var path = parts[0].name
    for part in parts.dropFirst() {
      path.append(".")
      path.append(part.name)
    }
    return path
  }
}
