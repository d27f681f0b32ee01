/// What a `YAMLValue` means to Prometheus's YAML decoder, for comparing two files by meaning: mapping key
/// order, flow or block style and quoting that does not change a scalar's type are ignored.
package indirect enum YAMLMeaning: Hashable, Sendable {
  /// A scalar's text, and whether it is read as a string (quoted, or plain text YAML 1.1 reads as one).
  case scalar(String, isString: Bool)
  /// A sequence, in order.
  case sequence([YAMLMeaning])
  /// A mapping, in any order.
  case mapping([String: YAMLMeaning])

  /// The meaning of `value`.
  package init(_ value: YAMLValue) {
    switch value {
    case .scalar(let text, let style):
      self = .scalar(text, isString: style != .plain || YAMLQuoting(text).resolvesToString)
    case .sequence(let items, _):
      self = .sequence(items.map(YAMLMeaning.init))
    case .mapping(let entries):
      self = .mapping(Dictionary(entries.map { ($0.key, YAMLMeaning($0.value)) }) { first, _ in first })
    }
  }
}
