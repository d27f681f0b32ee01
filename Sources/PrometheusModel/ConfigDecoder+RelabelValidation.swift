extension ConfigDecoder {
  /// Prometheus's own relabel validation (decode-time checks, then `relabel.Config.Validate`), compiling
  /// regexes through `regexes`.
  package static func prometheusRelabelValidation(regexes: RelabelRegexCache) -> RelabelValidation {
    { rule, version, legacyNames in
      rule.validationError(for: version, nameValidation: legacyNames ? .legacy : .utf8, regexes: regexes).map {
        RelabelFinding(message: $0.message, field: $0.field, help: $0.help, regexColumn: $0.regexColumn)
      }
    }
  }
}
