import SDCore

/// The relabel templates sdgen ships (from `templates/`), available to every spec by name.
package enum ShippedTemplates {
  /// Every shipped template by name.
  package static let all: [String: RelabelTemplate] = {
    var templates: [String: RelabelTemplate] = [:]
    for file in ShippedTemplateSources.files {
      let decoded = SpecDecoder.decodeTemplates(
        SourceText(path: "templates/\(file.name)", text: file.text + "\n"), file: "templates/\(file.name)")
      templates.merge(decoded.templates) { $1 }
    }
    return templates
  }()
}
