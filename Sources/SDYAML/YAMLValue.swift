/// A YAML value to be written: ordered mappings, sequences and scalars that carry how they are meant
/// to be read, so `YAMLWriter` can quote exactly when needed.
package indirect enum YAMLValue: Hashable, Sendable {
  /// A scalar and how it is meant to be read.
  case scalar(String, ScalarStyle)
  /// A sequence, written in block style, or `[a, b]` when `flow` is true.
  case sequence([YAMLValue], flow: Bool)
  /// A mapping whose entries are written in order.
  case mapping([YAMLEntry])

  /// How a scalar is meant to be read by Prometheus's YAML 1.1 decoder.
  package enum ScalarStyle: UInt8, Hashable, Sendable {
    /// A string: quoted whenever YAML 1.1 would read it as anything else.
    case string
    /// A value meant to be resolved by YAML (`true`, `9100`, `15s`, `null`): written as is
    /// unless the text cannot stand as a plain scalar.
    case plain
    /// A string always written single-quoted (double-quoted if it holds control characters), as
    /// regexes are, so backslashes stay literal.
    case singleQuoted
  }

  /// A string scalar, quoted when needed.
  package static func string(_ text: String) -> YAMLValue { .scalar(text, .string) }

  /// A scalar written unquoted so YAML resolves it (numbers, booleans, durations).
  package static func plain(_ text: String) -> YAMLValue { .scalar(text, .plain) }

  /// A block sequence of strings.
  package static func strings(_ items: [String], flow: Bool = false) -> YAMLValue {
    .sequence(items.map { .string($0) }, flow: flow)
  }
}

/// A key and its value in a `YAMLValue.mapping`.
package struct YAMLEntry: Hashable, Sendable {
  /// The key, written as a string scalar.
  package var key: String
  /// The value.
  package var value: YAMLValue

  /// Creates an entry.
  package init(_ key: String, _ value: YAMLValue) {
    self.key = key
    self.value = value
  }
}

extension YAMLValue {
  /// Converts a parsed node into a value to write, following aliases and `<<` merges: quoted or
  /// `!!str` scalars become strings, other plain scalars keep their text so they resolve as before.
  package init(node id: YAMLNode.ID, in document: YAMLDocument) {
    let resolved = document.resolve(id)
    let node = document[resolved]
    switch node.kind {
    case .scalar, .alias:
      if node.isNull {
        self = .plain("null")
      } else if node.style == .plain && node.tag == nil {
        self = .plain(node.value)
      } else {
        self = .string(node.value)
      }
    case .sequence:
      self = .sequence(
        document.items(resolved).map { YAMLValue(node: $0, in: document) }, flow: node.style == .flow)
    case .mapping:
      self = .mapping(
        document.mappingEntries(resolved).map {
          YAMLEntry(document[document.resolve($0.key)].value, YAMLValue(node: $0.value, in: document))
        })
    }
  }
}
