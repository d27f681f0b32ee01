import SDCore

/// Parses YAML text into a `YAMLDocument`, reporting syntax and encoding errors, duplicate keys, later
/// documents and hostile structures as positioned diagnostics. The plain block YAML of most configurations
/// is read by `BlockYAMLReader`; anything else (or everything, when `reader` is `.libyaml`) by libyaml.
package struct YAMLParser: Sendable {
  /// The bounds applied while parsing.
  package var limits: YAMLLimits
  /// Which reader parses; by default what `SDGEN_YAML_READER` says.
  package var reader: YAMLReaderChoice

  /// Creates a parser with `limits` that reads with `reader`.
  package init(limits: YAMLLimits = .standard, reader: YAMLReaderChoice = .environment) {
    self.limits = limits
    self.reader = reader
  }

  /// Parses the first document of `source`; later documents are only noted.
  package func parse(_ source: SourceText) -> YAMLParseResult {
    guard reader == .automatic, let result = parseBlockSubset(source) else { return parseWithLibYAML(source) }
    return result
  }

  /// The result of `BlockYAMLReader`, or nil when the text is not in its subset.
  func parseBlockSubset(_ source: SourceText) -> YAMLParseResult? {
    source.bytes.withUnsafeBufferPointer { buffer in
      var builder = YAMLDocumentBuilder(source: source, limits: limits)
      var reader = BlockYAMLReader(bytes: buffer, limits: limits)
      do {
        try reader.read(into: &builder)
      } catch {
        return nil
      }
      return builder.finish()
    }
  }

  /// The result of libyaml, which reads any YAML.
  func parseWithLibYAML(_ source: SourceText) -> YAMLParseResult {
    source.bytes.withUnsafeBufferPointer { buffer in
      var builder = YAMLDocumentBuilder(source: source, limits: limits)
      LibYAMLReader(source: source).read(buffer, into: &builder)
      return builder.finish()
    }
  }
}
