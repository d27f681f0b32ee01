import SDYAML

/// The metric-name validation and escaping schemes as written ("" when unset), with the escaping
/// scheme's value node, for Prometheus's per-job consistency check.
package struct NameSchemes {
  /// `metric_name_validation_scheme`: "", "legacy" or "utf8".
  package var validation = ""
  /// `metric_name_escaping_scheme`: "", "allow-utf-8", "underscores", "dots" or "values".
  package var escaping = ""
  /// Where `escaping` is written.
  var escapingNode: YAMLNode.ID?

  /// The escaping a job ends up with, as `ScrapeConfig.Validate` derives it from the job's and the
  /// global schemes; also tells whether the value came from the global section.
  func effective(global: NameSchemes) -> (validation: String, escaping: String, inherited: Bool) {
    let globalValidation = global.validation == "legacy" ? "legacy" : "utf8"
    let globalEscaping =
      global.escaping.isEmpty ? (globalValidation == "legacy" ? "underscores" : "allow-utf-8") : global.escaping
    let validation = validation.isEmpty ? globalValidation : validation
    if !escaping.isEmpty { return (validation, escaping, false) }
    if self.validation.isEmpty { return (validation, globalEscaping, true) }
    return (validation, validation == "legacy" ? "underscores" : "allow-utf-8", false)
  }
}
