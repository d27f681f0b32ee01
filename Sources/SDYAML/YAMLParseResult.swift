import SDCore

/// What parsing a YAML file produced: the first document (empty when the file has a syntax error)
/// and every problem found at the YAML level.
public struct YAMLParseResult: Sendable, Equatable {
  /// The first document of the stream, which is all Prometheus reads.
  public let document: YAMLDocument
  /// YAML-level findings: syntax, encoding, limits, duplicate keys, later documents.
  public let diagnostics: [Diagnostic]

  /// True when the YAML could not be read as a document (a syntax, encoding or limit error).
  public var failed: Bool {
    diagnostics.contains { $0.severity == .error && $0.rule != YAMLRule.duplicateKey }
  }
}

/// Rule ids of findings the YAML layer reports.
public enum YAMLRule {
  /// Text that is not valid YAML.
  public static let syntax = "yaml/syntax"
  /// Bytes that are not valid UTF-8, or control characters YAML forbids.
  public static let encoding = "yaml/encoding"
  /// A mapping key written more than once.
  public static let duplicateKey = "yaml/duplicate-key"
  /// A second document after the first, which Prometheus ignores.
  public static let secondDocument = "yaml/second-document"
  /// Nesting or alias expansion beyond sdgen's bounds.
  public static let limits = "yaml/limits"
}
