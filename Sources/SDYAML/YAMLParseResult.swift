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
    diagnostics.contains { $0.severity == .error && $0.rule != .yamlDuplicateKey }
  }
}

