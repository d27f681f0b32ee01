import SDCore

/// What parsing a YAML file produced: the first document (empty when the file has a syntax error)
/// and every problem found at the YAML level.
package struct YAMLParseResult: Sendable, Equatable {
  /// The first document of the stream, which is all Prometheus reads.
  package let document: YAMLDocument
  /// YAML-level findings: syntax, encoding, limits, duplicate keys, later documents.
  package let diagnostics: [Diagnostic]

  /// True when the YAML could not be read as a document (a syntax, encoding or limit error).
  package var failed: Bool {
    diagnostics.contains { $0.severity == .error && $0.rule != .yamlDuplicateKey }
  }
}

